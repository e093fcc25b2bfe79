/**
 * The app's page loaders outside Next, as scripts/bench-caseload.ts loads them: required through tsx's
 * CommonJS loader with "server-only" stubbed, plus stand-ins for what only a request provides:
 * next-auth's getServerSession answers the claims of the user being measured, next/headers' cookies()
 * is empty (the portal's day is then UTC, as in the HTTP runs, which send no time-zone cookie), and
 * React's cache() caches per simulated request (AsyncLocalStorage), as Next does per request, so the
 * layout's and the page's session lookups are one statement as in the real page.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createRequire } from "node:module";
import type { SessionClaims } from "../../../lib/core/auth/session";

const require = createRequire(import.meta.url);
const requestCache = new AsyncLocalStorage<Map<unknown, Map<string, unknown>>>();
let claims: SessionClaims | null = null;

function stub(specifier: string, exports: object): void {
  const resolved = require.resolve(specifier);
  require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports } as NodeJS.Module;
}

/** React's cache(), per simulated request: the same function with the same arguments runs once in one request. */
function perRequestCache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    const store = requestCache.getStore();
    if (!store) return fn(...args);
    let results = store.get(fn);
    if (!results) store.set(fn, (results = new Map()));
    const key = JSON.stringify(args);
    if (!results.has(key)) results.set(key, fn(...args));
    return results.get(key) as R;
  };
}

let installed = false;

/** Installs the stand-ins; call once, after the app's database client is on globalThis. */
export function installStubs(): void {
  if (installed) return;
  installed = true;
  stub("server-only", {});
  const nextAuth = require("next-auth") as object;
  stub("next-auth", { ...nextAuth, getServerSession: async () => (claims ? { user: claims, expires: new Date(Date.now() + 3_600_000).toISOString() } : null) });
  stub("next/headers", { cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }), headers: async () => new Headers() });
  const react = require("react") as object;
  stub("react", { ...react, cache: perRequestCache });
}

/** Runs `work` as one request of the user whose claims these are. */
export function asRequest<T>(as: SessionClaims, work: () => Promise<T>): Promise<T> {
  claims = as;
  return requestCache.run(new Map(), work);
}

/** A module of the app by its path from the repository root (e.g. "lib/patients/loaders"). */
export function appModule<T>(path: string): T {
  return require(`../../../${path}.ts`) as T;
}
