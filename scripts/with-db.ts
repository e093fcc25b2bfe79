/**
 * Runs one command against the development database, starting the embedded PostgreSQL when
 * DATABASE_URL is unset: `npm run with-db -- prisma migrate dev --name add-episodes`.
 */
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { run } from "./lib/run";
import { exitOnStartupError } from "./lib/startup-errors";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: npm run with-db -- <command> [args…]");
  process.exit(2);
}

const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
let exitCode = 1;
try {
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  exitCode = await run(command, args, { DATABASE_URL: databaseUrl });
} finally {
  await server.stop();
}
process.exit(exitCode);
