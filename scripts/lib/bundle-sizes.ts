/**
 * First-load JavaScript per app route, from a production build's manifests (Next 16, Turbopack).
 *
 * What a browser fetches on the first, full-page load of a route: the root main files every page
 * shares (build-manifest.json `rootMainFiles`) plus the entry chunks of every segment the route
 * renders — its layouts, error / loading / not-found boundaries and the page itself — which the page's
 * client-reference manifest lists under `entryJSFiles`. Chunks are counted once however many
 * segments share them. `polyfillFiles` are left out: Next loads them with `<script noModule>`, which
 * no browser that runs modules fetches. Chunks a page loads later (next/dynamic, lazy charts) are not
 * first-load JS and are not in `entryJSFiles`, so they are not counted.
 *
 * Pure: the caller reads the files and supplies each chunk's compressed size.
 */

export const FIRST_LOAD_BUDGET_KB = 170;

export type BuildManifest = { rootMainFiles: string[] };
/** app-path-routes-manifest.json: entry ("/(clinic)/patients/(registry)/page") → route ("/patients"). */
export type AppPathRoutes = Record<string, string>;
/** The part of a page's client-reference manifest this needs: segment entry → its chunks. */
export type ClientReferenceManifest = { entryJSFiles: Record<string, string[]> };

export type ChunkSize = { file: string; bytes: number };
export type RouteSize = { route: string; entry: string; bytes: number; chunks: ChunkSize[] };

/** Page entries only ("…/page"), not route handlers ("…/route") or metadata files. */
export const pageEntries = (routes: AppPathRoutes): [entry: string, route: string][] =>
  Object.entries(routes).filter(([entry]) => entry.endsWith("/page"));

/** Chunk paths are "static/chunks/x.js" in one manifest and "/_next/static/chunks/x.js" in others. */
export const normalizeChunk = (file: string) => file.replace(/^\/?(_next\/)?/, "");

/**
 * Every segment entry counts, the not-found boundaries' too: Chromium fetches a boundary's chunks on
 * some routes and not on others, so counting them errs by at most their size (3 kB here) on the safe side.
 */
export function firstLoadChunks(build: BuildManifest, page: ClientReferenceManifest): string[] {
  const files = new Set(build.rootMainFiles.map(normalizeChunk));
  for (const chunks of Object.values(page.entryJSFiles)) for (const chunk of chunks) files.add(normalizeChunk(chunk));
  return [...files].filter((file) => file.endsWith(".js"));
}

/** Every page's first-load size, largest first; each route's chunks largest first. */
export function routeSizes(
  build: BuildManifest,
  routes: AppPathRoutes,
  manifestFor: (entry: string) => ClientReferenceManifest | null,
  sizeOf: (file: string) => number,
): RouteSize[] {
  const sizes: RouteSize[] = [];
  for (const [entry, route] of pageEntries(routes)) {
    const manifest = manifestFor(entry);
    if (!manifest) continue;
    const chunks = firstLoadChunks(build, manifest)
      .map((file) => ({ file, bytes: sizeOf(file) }))
      .sort((a, b) => b.bytes - a.bytes);
    sizes.push({ route, entry, bytes: chunks.reduce((sum, chunk) => sum + chunk.bytes, 0), chunks });
  }
  return sizes.sort((a, b) => b.bytes - a.bytes || a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => bytes / 1024;

/** Routes over the budget. */
export const overBudget = (sizes: RouteSize[]) => sizes.filter((size) => kB(size.bytes) > FIRST_LOAD_BUDGET_KB);
