/**
 * `npm run dev` / `npm start`: the app with its database. Starts the embedded PostgreSQL when
 * DATABASE_URL is unset, applies migrations, runs Next, and stops the database when Next stops.
 * Only `npm run dev` on the embedded database seeds the demo clinics (into an empty one): a
 * production start or the operator's own database never gets demo accounts unless asked for with
 * `npm run db:seed-demo`.
 */
import { appEnv } from "./lib/app-env";
import { embeddedDataRoot, ensureDatabase, startPostgres } from "./lib/postgres-server";
import { hasNoClinic, migrate, NO_CLINIC_HINT, seedDemo } from "./lib/prepare-database";
import { bin, run } from "./lib/run";
import { sessionSecret } from "./lib/session-secret";
import { exitOnStartupError } from "./lib/startup-errors";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);

const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
let exitCode = 1;
let failure: unknown;
try {
  // Checked before Next starts, so a missing or weak secret fails here in one sentence.
  const secret = sessionSecret(process.env.NEXTAUTH_SECRET, server.embedded ? embeddedDataRoot() : null);
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  await migrate(databaseUrl);
  if (await hasNoClinic(databaseUrl)) {
    if (mode === "dev" && server.embedded) await seedDemo(databaseUrl);
    else console.log(NO_CLINIC_HINT);
  }
  console.log(`Rehabit on http://localhost:${port} (${server.embedded ? `embedded PostgreSQL, data in ${embeddedDataRoot()}` : "DATABASE_URL"})`);
  exitCode = await run(bin("next"), [mode, "--port", String(port)], appEnv(databaseUrl, port, secret));
} catch (error) {
  failure = error;
} finally {
  await server.stop();
}
if (failure) exitOnStartupError(failure);
process.exit(exitCode);
