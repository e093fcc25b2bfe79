import path from "node:path";
import { describe, expect, it } from "vitest";
import { folderCycles, readFolderGraph } from "@/scripts/testing/folder-graph";

describe("lib/ folder imports", () => {
  const graph = readFolderGraph(path.join(import.meta.dirname));

  it("form no cycle: each cycle is listed with the imports that make it", () => {
    const report = folderCycles(graph).map((cycle) =>
      cycle
        .slice(1)
        .map((to, index) => `${cycle[index]} → ${to}: ${graph.get(cycle[index]!)!.get(to)!.join(", ")}`)
        .join("\n"),
    );
    expect(report).toEqual([]);
  });

  it("reads real imports: the portal's progress page builds on the programs' adherence rule", () => {
    expect(graph.get("portal-progress")?.get("programs")).toEqual(
      expect.arrayContaining([expect.stringContaining("lib/portal-progress/adherence-summary.ts → @/lib/programs/adherence")]),
    );
    expect(graph.get("core")?.has("patients")).toBe(false);
  });
});

describe("folderCycles", () => {
  const graphOf = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([from, to]) => [from, new Map(to.map((t) => [t, []]))]));

  it("finds a two-folder cycle and a longer one, each once", () => {
    const cycles = folderCycles(graphOf({ a: ["b"], b: ["a", "c"], c: ["d"], d: ["b"] }));
    expect(cycles).toEqual(expect.arrayContaining([["a", "b", "a"], ["b", "c", "d", "b"]]));
    expect(cycles).toHaveLength(2);
  });

  it("finds none in layers", () => {
    expect(folderCycles(graphOf({ core: [], patients: ["core"], episodes: ["patients", "core"] }))).toEqual([]);
  });
});
