import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import { addDays, toIsoDate } from "@/lib/core/calendar";
import type { PatientScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { Prisma } from "@/lib/generated/prisma/client";
import { isPausedByStepBack } from "@/lib/programs/paused-items";
import { dateColumn, logSelect, toLogRecord, type LogRecord } from "./data";
import type { IsoDate } from "./local-date";
import type { CorrectLogInput, LogExerciseInput, MorningPainInput } from "./schema";

/**
 * The patient's own writes: exercise logs, their same-day corrections and next-morning pain. Each is
 * scoped by the PatientScope (never an id from the form alone), runs in one transaction with its audit
 * event (actor = the patient's user), and is safe to repeat.
 */

const refused = (message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { _form: [message] } });
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export const MESSAGES = {
  wrongDay: "That plan is for another day. Reload the page to see today's plan.",
  planChanged: "Your clinician has updated your plan since this page was loaded. Reload the page to see the new version.",
  pastDay: "A log can only be changed on the day you did the exercise. Tell your clinician at your next visit if something needs correcting.",
  changedElsewhere: "This log was changed in another window. Reload the page to see it, then try again.",
  noSession: "There is no exercise session from yesterday to ask about.",
  paused: "Your clinician has paused this exercise for now. Do not do it until they update your plan.",
} as const;

/**
 * The caller's own log stored under this key, or null. Scoped like every read: a key another patient
 * used is simply not found here, and the insert's unique violation then answers NOT_FOUND.
 */
async function ownLogByKey(scope: PatientScope, idempotencyKey: string): Promise<LogRecord | null> {
  const stored = await db.exerciseLog.findFirst({ where: { idempotencyKey, clinicId: scope.clinicId, patientId: scope.patientId }, select: logSelect });
  return stored && toLogRecord(stored);
}

/**
 * The item, if it belongs to the latest program version of one of the patient's active episodes.
 * NOT_FOUND for anyone else's item; "plan changed" for the patient's own item of an older version.
 */
async function currentItem(tx: Tx, scope: PatientScope, programItemId: string) {
  const item = await tx.programItem.findFirst({
    where: { id: BigInt(programItemId), clinicId: scope.clinicId, program: { clinicId: scope.clinicId, episode: { patientId: scope.patientId, status: "ACTIVE" } } },
    select: {
      id: true,
      programId: true,
      exerciseCode: true,
      sets: true,
      reps: true,
      holdSeconds: true,
      loadKg: true,
      program: { select: { episodeId: true, phase: true, episode: { select: { phase: true } } } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND");
  const latest = await tx.program.findFirst({
    where: { clinicId: scope.clinicId, episodeId: item.program.episodeId },
    orderBy: { version: "desc" },
    select: { id: true },
  });
  return { item, isCurrent: latest?.id === item.programId };
}

/**
 * Logs one session of a program item as prescribed ("done" in one tap), tied to the program version
 * the item belongs to, on the patient's local day (today, or yesterday for a session finished late).
 * The same idempotency key stores once: a retry or a concurrent duplicate returns the stored log.
 */
export async function logExercise(scope: PatientScope, input: LogExerciseInput, today: IsoDate): Promise<MutationResult<LogRecord>> {
  const stored = await ownLogByKey(scope, input.idempotencyKey);
  if (stored) return { ok: true, value: stored };
  if (input.performedOn !== today && input.performedOn !== addDays(today, -1)) return refused(MESSAGES.wrongDay);
  const catalogue = await loadExerciseCatalogue(scope);
  try {
    return await db.$transaction(async (tx) => {
      const { item, isCurrent } = await currentItem(tx, scope, input.programItemId);
      if (!isCurrent) return refused(MESSAGES.planChanged);
      if (isPausedByStepBack(catalogue.byCode(item.exerciseCode), { program: item.program.phase, episode: item.program.episode.phase })) {
        return refused(MESSAGES.paused);
      }
      const log = await tx.exerciseLog.create({
        data: {
          clinicId: scope.clinicId,
          patientId: scope.patientId,
          episodeId: item.program.episodeId,
          programId: item.programId,
          programItemId: item.id,
          exerciseCode: item.exerciseCode,
          performedOn: dateColumn(input.performedOn),
          asPrescribed: true,
          sets: item.sets,
          reps: item.reps,
          holdSeconds: item.holdSeconds,
          loadKg: item.loadKg,
          idempotencyKey: input.idempotencyKey,
        },
        select: logSelect,
      });
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: scope.patientId, action: "CREATE", entityType: "ExerciseLog", entityId: log.id });
      return { ok: true, value: toLogRecord(log) } as const;
    });
  } catch (error) {
    // A concurrent submission with the same key committed first: answer with what it stored. The
    // key taken by another patient's log answers NOT_FOUND, never their data.
    if (!isUniqueViolation(error)) throw error;
    const winner = await ownLogByKey(scope, input.idempotencyKey);
    if (!winner) throw new AppError("NOT_FOUND");
    return { ok: true, value: winner };
  }
}

type LogPatch = { painDuring?: number; note?: string | null; sets?: number | null; reps?: number | null; holdSeconds?: number | null; loadKg?: number | null };

function patchOf(input: CorrectLogInput): LogPatch {
  return {
    ...(input.painDuring !== undefined && { painDuring: input.painDuring }),
    ...(input.note !== undefined && { note: input.note === "" ? null : input.note }),
    ...(input.dose && {
      sets: input.dose.sets,
      reps: input.dose.reps,
      holdSeconds: input.dose.holdSeconds,
      loadKg: input.dose.loadKg,
    }),
  };
}

/**
 * A same-day correction of the patient's own log: pain during, a note, or the dose they actually did
 * (which marks the log as not done as prescribed). Based on the version the patient saw; a retry of
 * a change that is already stored succeeds, any other stale change is refused. After the day, refused.
 */
export async function correctLog(scope: PatientScope, input: CorrectLogInput, today: IsoDate): Promise<MutationResult<{ id: string; version: number }>> {
  return db.$transaction(async (tx) => {
    const log = await tx.exerciseLog.findFirst({
      where: { id: input.logId, clinicId: scope.clinicId, patientId: scope.patientId },
      select: { id: true, version: true, performedOn: true, painDuring: true, note: true, sets: true, reps: true, holdSeconds: true, loadKg: true, asPrescribed: true },
    });
    if (!log) throw new AppError("NOT_FOUND");
    if (toIsoDate(log.performedOn) !== today) return refused(MESSAGES.pastDay);
    const patch = patchOf(input);
    if (log.version !== input.version) {
      const alreadyStored = Object.entries(patch).every(([field, value]) => log[field as keyof LogPatch] === value);
      return alreadyStored ? ({ ok: true, value: { id: log.id, version: log.version } } as const) : refused(MESSAGES.changedElsewhere);
    }
    const data = { ...patch, ...(input.dose && { asPrescribed: false }) };
    const { count } = await tx.exerciseLog.updateMany({
      where: { id: log.id, clinicId: scope.clinicId, patientId: scope.patientId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) return refused(MESSAGES.changedElsewhere);
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: scope.patientId,
      action: "UPDATE",
      entityType: "ExerciseLog",
      entityId: log.id,
      changes: changedFields(log, data),
    });
    return { ok: true, value: { id: log.id, version: input.version + 1 } } as const;
  });
}

/**
 * Next-morning pain about yesterday's session (the patient's local yesterday), stored once per
 * patient and day: a second answer (a double tap, a retry) updates the first.
 */
export async function recordMorningPain(scope: PatientScope, input: MorningPainInput, today: IsoDate): Promise<MutationResult<{ pain: number }>> {
  if (input.sessionDate !== addDays(today, -1)) return refused(MESSAGES.wrongDay);
  const sessionDate = dateColumn(input.sessionDate);
  const write = (create: boolean) =>
    db.$transaction(async (tx) => {
      const session = await tx.exerciseLog.findFirst({
        where: { clinicId: scope.clinicId, patientId: scope.patientId, performedOn: sessionDate },
        orderBy: { createdAt: "desc" },
        select: { episodeId: true },
      });
      if (!session) return refused(MESSAGES.noSession);
      const previous = create
        ? null
        : await tx.morningPain.findFirst({ where: { clinicId: scope.clinicId, patientId: scope.patientId, sessionDate }, select: { pain: true } });
      const { id } = create
        ? await tx.morningPain.create({
            data: { clinicId: scope.clinicId, patientId: scope.patientId, episodeId: session.episodeId, sessionDate, pain: input.pain },
            select: { id: true },
          })
        : await tx.morningPain.update({
            where: { patientId_sessionDate: { patientId: scope.patientId, sessionDate }, clinicId: scope.clinicId },
            data: { pain: input.pain, recordedAt: new Date() },
            select: { id: true },
          });
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId: scope.patientId,
        action: create ? "CREATE" : "UPDATE",
        entityType: "MorningPain",
        entityId: id,
        changes: previous ? changedFields(previous, { pain: input.pain }) : undefined,
      });
      return { ok: true, value: { pain: input.pain } } as const;
    });
  const exists = await db.morningPain.count({ where: { clinicId: scope.clinicId, patientId: scope.patientId, sessionDate } });
  try {
    return await write(exists === 0);
  } catch (error) {
    // Two first answers at once: the unique (patient, day) let one in; this one becomes its update.
    if (!isUniqueViolation(error)) throw error;
    return write(false);
  }
}
