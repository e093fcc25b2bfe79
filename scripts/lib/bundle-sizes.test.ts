import { describe, expect, it } from "vitest";
import { FIRST_LOAD_BUDGET_KB, overBudget, routeSizes, type ClientReferenceManifest } from "./bundle-sizes";

const build = { rootMainFiles: ["static/chunks/main.js", "static/chunks/turbopack.js"] };
const routes = {
  "/(clinic)/patients/(registry)/page": "/patients",
  "/(clinic)/patients/[patientId]/progress/page": "/patients/[patientId]/progress",
  "/fhir/R4/metadata/route": "/fhir/R4/metadata",
};
const manifests: Record<string, ClientReferenceManifest> = {
  "/(clinic)/patients/(registry)/page": {
    entryJSFiles: {
      "[project]/app/layout": ["static/chunks/root.js"],
      "[project]/app/(clinic)/layout": ["static/chunks/root.js", "static/chunks/header.js"],
      "[project]/app/(clinic)/patients/(registry)/page": ["static/chunks/root.js", "static/chunks/table.js", "static/chunks/styles.css"],
    },
  },
  "/(clinic)/patients/[patientId]/progress/page": {
    entryJSFiles: {
      "[project]/app/layout": ["/_next/static/chunks/root.js"],
      "[project]/app/(clinic)/patients/[patientId]/progress/page": ["static/chunks/header.js", "static/chunks/charts.js"],
    },
  },
};
const bytes: Record<string, number> = {
  "static/chunks/main.js": 100 * 1024,
  "static/chunks/turbopack.js": 4 * 1024,
  "static/chunks/root.js": 3 * 1024,
  "static/chunks/header.js": 10 * 1024,
  "static/chunks/table.js": 20 * 1024,
  "static/chunks/charts.js": 120 * 1024,
};
const sizeOf = (file: string) => {
  const size = bytes[file];
  if (size === undefined) throw new Error(`unexpected chunk ${file}`);
  return size;
};

describe("routeSizes", () => {
  const sizes = routeSizes(build, routes, (entry) => manifests[entry] ?? null, sizeOf);

  it("adds the root main files to every layout and page chunk once, skipping CSS and route handlers", () => {
    expect(sizes.map((size) => [size.route, size.bytes / 1024])).toEqual([
      ["/patients/[patientId]/progress", 100 + 4 + 3 + 10 + 120],
      ["/patients", 100 + 4 + 3 + 10 + 20],
    ]);
  });

  it("lists a route's chunks largest first, with /_next/ prefixes normalised", () => {
    expect(sizes[0]?.chunks.map((chunk) => chunk.file)).toEqual([
      "static/chunks/charts.js",
      "static/chunks/main.js",
      "static/chunks/header.js",
      "static/chunks/turbopack.js",
      "static/chunks/root.js",
    ]);
  });

  it("flags only routes above the budget; a route exactly at it passes", () => {
    expect(overBudget(sizes).map((size) => size.route)).toEqual(["/patients/[patientId]/progress"]);
    const atBudget = { route: "/x", entry: "/x/page", bytes: FIRST_LOAD_BUDGET_KB * 1024, chunks: [] };
    expect(overBudget([atBudget])).toEqual([]);
    expect(overBudget([{ ...atBudget, bytes: atBudget.bytes + 1 }])).toHaveLength(1);
  });
});
