/**
 * `npm run check:bundles`: first-load JS of every app route, gzip, from the production build in
 * `.next/` (run `next build` first). Prints a table and exits 1 when a route is over the budget,
 * naming the route and its largest chunks. Sizes are gzip at zlib's default level (6), which is what
 * `next start` sends; what is counted is explained in scripts/lib/bundle-sizes.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { FIRST_LOAD_BUDGET_KB, kB, overBudget, routeSizes, type AppPathRoutes, type BuildManifest, type ClientReferenceManifest } from "./lib/bundle-sizes";

const distDir = path.resolve(process.argv[2] ?? ".next");
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(distDir, file), "utf8")) as T;

if (!existsSync(path.join(distDir, "build-manifest.json"))) {
  console.error(`No production build in ${distDir}: run \`next build\` first.`);
  process.exit(2);
}

/** The manifest is a script that assigns `globalThis.__RSC_MANIFEST[entry]`; run it in a sandbox. */
function clientManifest(entry: string): ClientReferenceManifest | null {
  const file = path.join(distDir, "server/app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(file)) return null;
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  runInNewContext(readFileSync(file, "utf8"), sandbox);
  return sandbox.__RSC_MANIFEST?.[entry] ?? null;
}

const gzipped = new Map<string, number>();
const gzipSize = (file: string) => {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(distDir, file))).length;
    gzipped.set(file, size);
  }
  return size;
};

const sizes = routeSizes(readJson<BuildManifest>("build-manifest.json"), readJson<AppPathRoutes>("app-path-routes-manifest.json"), clientManifest, gzipSize);
const width = Math.max(...sizes.map((size) => size.route.length));
console.log(`${"Route".padEnd(width)}  First-load JS (kB gzip)`);
for (const size of sizes) {
  const note = kB(size.bytes) > FIRST_LOAD_BUDGET_KB ? `  over the ${FIRST_LOAD_BUDGET_KB} kB budget` : "";
  console.log(`${size.route.padEnd(width)}  ${kB(size.bytes).toFixed(1).padStart(6)}${note}`);
}

const over = overBudget(sizes);
for (const size of over) {
  const largest = size.chunks.slice(0, 5).map((chunk) => `${chunk.file} ${kB(chunk.bytes).toFixed(1)} kB`);
  console.error(`Over the ${FIRST_LOAD_BUDGET_KB} kB budget: ${size.route} ${kB(size.bytes).toFixed(1)} kB — largest chunks: ${largest.join(", ")}`);
}
if (over.length) process.exit(1);
console.log(`\nAll ${sizes.length} routes are within the ${FIRST_LOAD_BUDGET_KB} kB budget.`);
