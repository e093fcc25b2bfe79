/**
 * `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
 * the SQL that takes the committed migrations to the schema (prisma/schema/, one .prisma file per domain).
 * Replaces `prisma migrate dev`, which on the offline WASM engine fails at exit ("null pointer passed to
 * rust") and, with pending migrations, once more (stack-notes.md defect 6). `npm run dev` then applies it
 * with migrate deploy.
 * Prisma does not model CHECK constraints and leaves them out of the diff: hand-written ones live in
 * their own migration (scripts/database-checks.ts generates it). Replaying them used to crash the WASM
 * engine ("RuntimeError: unreachable"), fixed in prisma/cli-adapter.ts (defect 7).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { exitOnStartupError } from "./lib/startup-errors";

const MIGRATIONS = "prisma/migrations";
/** The schema folder, as in prisma.config.ts. Prisma 6.19's --to-schema-datamodel reads a folder too (--to-schema is Prisma 7's). */
const SCHEMA = "prisma/schema";
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <snake_case_name>");
  process.exit(2);
}

/** Prisma repeats CREATE EXTENSION for every extension in each diff; drop those already migrated. */
function withoutKnownExtensions(sql: string): string {
  const migrated = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readFileSync(path.join(MIGRATIONS, entry.name, "migration.sql"), "utf8"))
    .join("\n");
  return sql
    .split(/\n(?=-- )/)
    .filter((block) => !(block.startsWith("-- CreateExtension") && migrated.includes(block.split("\n")[1] ?? "")))
    .join("\n")
    .trim();
}

const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
let exitCode = 0;
try {
  // The diff replays the committed migrations into a temporary shadow database on this server.
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  const sql = execFileSync(
    "node_modules/.bin/prisma",
    ["migrate", "diff", "--from-migrations", MIGRATIONS, "--to-schema-datamodel", SCHEMA, "--script"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const change = withoutKnownExtensions(sql);
  if (!change) {
    console.log("The schema and the committed migrations already match; nothing written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const folder = path.join(MIGRATIONS, `${stamp}_${name}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, "migration.sql"), `${change}\n`);
    console.log(`Wrote ${folder}/migration.sql — read it, then \`npm run dev\` applies it.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await server.stop();
}
process.exit(exitCode);
