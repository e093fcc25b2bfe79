/**
 * The app's server modules outside Next, for the benchmarks: "server-only" (which throws anywhere but
 * a server bundle) is stood in for by an empty module, and the modules are required through tsx's
 * CommonJS loader, whose interop handles next-auth's CommonJS default exports as Next's bundler does.
 */
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");

/** A module of the app by its path from the repository root, e.g. requireServerModule<typeof import("…")>("lib/fhir/data.ts"). */
export function requireServerModule<T>(file: string): T {
  const serverOnly = require.resolve("server-only");
  require.cache[serverOnly] ??= { id: serverOnly, filename: serverOnly, loaded: true, exports: {} } as NodeJS.Module;
  return require(path.join(root, file)) as T;
}
