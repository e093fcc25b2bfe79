/**
 * The app's page loaders outside Next, as scripts/bench-caseload.ts loads them: required through tsx's
 * CommonJS loader with "server-only" stubbed, and the stand-ins of request-context.ts for what only a
 * request provides (the session, cookies, React's per-request cache()).
 */
import { createRequire } from "node:module";
import type { PageLoaders } from "./pages";
import { getServerSession, nextHeaders, perRequestCache } from "./request-context";

export { asRequest } from "./request-context";

const require = createRequire(import.meta.url);

function stub(specifier: string, exports: object): void {
  const resolved = require.resolve(specifier);
  require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports } as NodeJS.Module;
}

let installed = false;

/** Installs the stand-ins; call once, after the app's database client is on globalThis. */
export function installStubs(): void {
  if (installed) return;
  installed = true;
  stub("server-only", {});
  const nextAuth = require("next-auth") as object;
  stub("next-auth", { ...nextAuth, getServerSession });
  stub("next/headers", nextHeaders);
  const react = require("react") as object;
  stub("react", { ...react, cache: perRequestCache });
}

/** A module of the app by its path from the repository root (e.g. "lib/patients/loaders"). */
export function appModule<T>(path: string): T {
  return require(`../../../${path}.ts`) as T;
}

/** The loaders the measured pages call (pages.ts), once the stand-ins are installed. */
export function requirePageLoaders(): PageLoaders {
  return {
    session: appModule("lib/core/auth/session"),
    accounts: appModule("lib/accounts/loaders"),
    patients: appModule("lib/patients/loaders"),
    registryParams: appModule("lib/patients/registry-params"),
    invitations: appModule("lib/invitations/loaders"),
    assessments: appModule("lib/assessments/loaders"),
    episodes: appModule("lib/episodes/loaders"),
    programs: appModule("lib/programs/loaders"),
    progress: appModule("lib/progress/loaders"),
    progressSchema: appModule("lib/progress/schema"),
    diary: appModule("lib/diary/loaders"),
    caseload: appModule("lib/caseload/loaders"),
    portal: appModule("lib/portal/loaders"),
    portalProgress: appModule("lib/portal-progress/loaders"),
    lefs: appModule("lib/lefs/loaders"),
    appointments: appModule("lib/appointments/loaders"),
    visitNotes: appModule("lib/visit-notes/loaders"),
  };
}
