/**
 * Bulk inserts for the demo diary's thousands of rows: one INSERT … SELECT FROM unnest(arrays) per
 * table. Prisma's createMany through the WASM query compiler took about 3 ms a row on a busy 2-core
 * machine (half a minute for the diary), which would slow every `npm test` reseed; this takes well
 * under a second. Tagged $executeRaw, so every value is a bound parameter.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";

type Owner = { clinicId: string; patientId: string; episodeId: string };

export type SeedLog = Owner & {
  id: string;
  programId: string;
  programItemId: bigint;
  exerciseCode: string;
  performedOn: string;
  asPrescribed: boolean;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  painDuring: number | null;
  idempotencyKey: string;
  createdAt: Date;
};

export type SeedMorningPain = Owner & { id: string; sessionDate: string; pain: number; recordedAt: Date };

export type SeedLefsAnswer = { questionnaireId: string; item: number; score: number; answeredAt: Date };

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);
/** Prisma keeps DateTime as UTC in "timestamp without time zone" columns: the same here. */
const utc = (dates: readonly Date[]) => dates.map((date) => date.toISOString().replace("Z", ""));

export async function insertExerciseLogs(db: PrismaClient, rows: readonly SeedLog[]): Promise<void> {
  if (rows.length === 0) return;
  const created = utc(column(rows, "createdAt"));
  await db.$executeRaw`
    INSERT INTO exercise_log (id, clinic_id, patient_id, episode_id, program_id, program_item_id, exercise_code, performed_on,
      as_prescribed, sets, reps, hold_seconds, load_kg, pain_during, idempotency_key, created_at, updated_at)
    SELECT * FROM unnest(
      ${column(rows, "id")}::uuid[], ${column(rows, "clinicId")}::uuid[], ${column(rows, "patientId")}::uuid[],
      ${column(rows, "episodeId")}::uuid[], ${column(rows, "programId")}::uuid[],
      ${column(rows, "programItemId").map(String)}::bigint[], ${column(rows, "exerciseCode")}::text[],
      ${column(rows, "performedOn")}::date[], ${column(rows, "asPrescribed")}::boolean[], ${column(rows, "sets")}::int[],
      ${column(rows, "reps")}::int[], ${column(rows, "holdSeconds")}::int[], ${column(rows, "loadKg")}::float8[],
      ${column(rows, "painDuring")}::int[], ${column(rows, "idempotencyKey")}::uuid[], ${created}::timestamp[], ${created}::timestamp[]
    )`;
}

export async function insertMorningPains(db: PrismaClient, rows: readonly SeedMorningPain[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO morning_pain (id, clinic_id, patient_id, episode_id, session_date, pain, recorded_at)
    SELECT * FROM unnest(
      ${column(rows, "id")}::uuid[], ${column(rows, "clinicId")}::uuid[], ${column(rows, "patientId")}::uuid[],
      ${column(rows, "episodeId")}::uuid[], ${column(rows, "sessionDate")}::date[], ${column(rows, "pain")}::int[],
      ${utc(column(rows, "recordedAt"))}::timestamp[]
    )`;
}

export async function insertLefsAnswers(db: PrismaClient, rows: readonly SeedLefsAnswer[]): Promise<void> {
  if (rows.length === 0) return;
  await db.$executeRaw`
    INSERT INTO lefs_answer (questionnaire_id, item, score, answered_at)
    SELECT * FROM unnest(
      ${column(rows, "questionnaireId")}::uuid[], ${column(rows, "item")}::int[], ${column(rows, "score")}::int[],
      ${utc(column(rows, "answeredAt"))}::timestamp[]
    )`;
}
