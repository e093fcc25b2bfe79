/**
 * `npm run db:backup -- <file>` and `npm run db:restore -- <file> [--force]` (scripts/lib/backup.ts holds
 * the format). The database is DATABASE_URL's, or the embedded one: the running app's server when
 * `npm run dev` / `npm start` is up (a backup reads one consistent snapshot while the app writes),
 * otherwise started for the command and stopped after it. A restore goes into an empty database, or
 * with --force replaces everything in it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { backupDatabase, RestoreRefused, restoreDatabase } from "./lib/backup";
import { isPortInUse } from "./lib/embedded-prechecks";
import { embeddedDatabaseUrl, ensureDatabase, startPostgres } from "./lib/postgres-server";
import { exitOnStartupError } from "./lib/startup-errors";

const [mode, ...args] = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((arg) => !arg.startsWith("--"));
if ((mode !== "backup" && mode !== "restore") || !file || args.some((arg) => arg.startsWith("--") && arg !== "--force")) {
  console.error("Usage: npm run db:backup -- <file>   |   npm run db:restore -- <file> [--force]");
  process.exit(2);
}
if (mode === "restore" && !existsSync(file)) {
  console.error(`No such file: ${file}`);
  process.exit(2);
}

const DATABASE = "rehabit";
const port = Number(process.env.REHABIT_PG_PORT ?? 54329);
const runningEmbedded = !process.env.DATABASE_URL && (await isPortInUse(port));
const server = runningEmbedded ? null : await startPostgres("dev", DATABASE).catch(exitOnStartupError);
let exitCode = 1;
try {
  const databaseUrl = runningEmbedded
    ? embeddedDatabaseUrl("dev", DATABASE)
    : server!.embedded
      ? await ensureDatabase(server!, server!.defaultDatabase)
      : process.env.DATABASE_URL!;
  const where = process.env.DATABASE_URL ? "DATABASE_URL's database" : "the embedded database";
  if (mode === "backup") {
    const header = await backupDatabase(databaseUrl, file);
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Backed up ${where}: ${header.tables.length} tables, ${rows} rows, ${header.migrations.length} migrations → ${path.resolve(file)}`);
  } else {
    const header = await restoreDatabase(databaseUrl, file, { force });
    const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
    console.log(`Restored ${path.resolve(file)} (made ${header.createdAt}) into ${where}: ${header.tables.length} tables, ${rows} rows.`);
  }
  exitCode = 0;
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : error instanceof Error ? `${mode} failed: ${error.message}` : String(error));
} finally {
  await server?.stop();
}
process.exit(exitCode);
