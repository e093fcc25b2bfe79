/**
 * Which lib/ folders import which, read from the source with TypeScript's own import scanner, and the
 * cycles among them. Domains form layers (core below everything, the caseload and portal above the
 * clinical domains); a cycle means two folders can no longer be understood or changed apart.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** folder → folder → the files whose imports make that edge ("lib/a/x.ts → @/lib/b/y"). */
export type FolderGraph = Map<string, Map<string, string[]>>;

const SKIPPED = new Set(["generated"]);

export function readFolderGraph(libRoot: string): FolderGraph {
  const graph: FolderGraph = new Map();
  for (const folder of readdirSync(libRoot, { withFileTypes: true })) {
    if (!folder.isDirectory() || SKIPPED.has(folder.name)) continue;
    const edges = new Map<string, string[]>();
    graph.set(folder.name, edges);
    for (const file of sourceFiles(path.join(libRoot, folder.name))) {
      for (const { fileName: specifier } of ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles) {
        const target = folderOf(specifier, file, libRoot);
        if (!target || target === folder.name || SKIPPED.has(target)) continue;
        const why = `${path.relative(path.dirname(libRoot), file)} → ${specifier}`;
        edges.set(target, [...(edges.get(target) ?? []), why]);
      }
    }
  }
  return graph;
}

/** Production sources only: a test may reach across layers to build what it checks. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The lib/ folder an import lands in, or null for packages and files outside lib/. */
function folderOf(specifier: string, importer: string, libRoot: string): string | null {
  const absolute = specifier.startsWith("@/lib/")
    ? path.join(libRoot, specifier.slice("@/lib/".length))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(importer), specifier)
      : null;
  if (!absolute) return null;
  const relative = path.relative(libRoot, absolute);
  return relative.startsWith("..") ? null : relative.split(path.sep)[0]!;
}

/** Every cycle among the folders, each once, as the folders in order with the first repeated at the end. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (start: string, node: string, trail: string[]) => {
    for (const next of graph.get(node)?.keys() ?? []) {
      if (next === start) {
        const cycle = [...trail, start];
        // One key per cycle whichever folder it was found from: its folders sorted.
        cycles.set([...trail].sort().join(" "), cycle);
      } else if (!trail.includes(next) && next > start) {
        visit(start, next, [...trail, next]);
      }
    }
  };
  for (const start of [...graph.keys()].sort()) visit(start, start, [start]);
  return [...cycles.values()];
}
