/**
 * `npm run dev` / `npm start`: the app with its database. Starts the embedded PostgreSQL when
 * DATABASE_URL is unset, applies migrations, seeds demo data into an empty database, runs Next, and
 * stops the database when Next stops.
 */
import { appEnv } from "./lib/app-env";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate, seedIfEmpty } from "./lib/prepare-database";
import { bin, run } from "./lib/run";

const mode = process.argv[2] === "start" ? "start" : "dev";
const port = Number(process.env.PORT ?? 3000);

const server = await startPostgres("dev", "rehabit");
let exitCode = 1;
try {
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  await migrate(databaseUrl);
  await seedIfEmpty(databaseUrl);
  console.log(`Rehabit on http://localhost:${port} (${server.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  exitCode = await run(bin("next"), [mode, "--port", String(port)], appEnv(databaseUrl, port, server.embedded));
} finally {
  await server.stop();
}
process.exit(exitCode);
