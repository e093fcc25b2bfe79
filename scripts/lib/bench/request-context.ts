/**
 * One simulated request of a signed-in user, for running the app's page loaders outside Next (the page
 * benchmark through app-modules.ts, the statement-count test through vi.mock): what only a request
 * provides, stood in for. next-auth's getServerSession answers the claims of the user of the request,
 * next/headers' cookies() is empty (the portal's day is then UTC, as in the benchmark's HTTP runs,
 * which send no time-zone cookie), and React's cache() caches per request (AsyncLocalStorage), as
 * Next does, so the layout's and the page's session lookups are one statement as in the real page.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionClaims } from "../../../lib/core/auth/session";

const requestCache = new AsyncLocalStorage<Map<unknown, Map<string, unknown>>>();
let claims: SessionClaims | null = null;

/** React's cache(), per simulated request: the same function with the same arguments runs once in one request. */
export function perRequestCache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
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

/** next-auth's getServerSession for the user of the request. */
export const getServerSession = async () => (claims ? { user: claims, expires: new Date(Date.now() + 3_600_000).toISOString() } : null);

/** next/headers for a request that sends no cookies. */
export const nextHeaders = {
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers(),
};

/** Runs `work` as one request of the user whose claims these are. */
export function asRequest<T>(as: SessionClaims, work: () => Promise<T>): Promise<T> {
  claims = as;
  return requestCache.run(new Map(), work);
}
