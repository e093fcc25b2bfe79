import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { addDays, toIsoDate } from "@/lib/core/calendar";
import { db } from "@/lib/core/db";
import { CLINIC_EXERCISE_VERSION_SELECT, clinicExerciseVersionDefinition, type ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import type { Phase } from "@/lib/episodes/phases";
import { DOSE_SELECT } from "@/lib/programs/data";
import { doseOf } from "@/lib/programs/load";
import type { IsoDate } from "./local-date";
import type { PainObservation } from "./pain-rules";
import type { DoseDTO, PrescribedDoseDTO } from "./types";

/**
 * The portal's reads. Every one is scoped by the session's clinic and patient id (PatientScope),
 * never by an id from a URL or form: a patient can only ever read their own records.
 */

const isoDate = toIsoDate;
export const dateColumn = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** The signed-in patient's own summary. */
export async function getOwnSummary(scope: PatientScope) {
  return db.patient.findFirst({
    where: { id: scope.patientId, clinicId: scope.clinicId, status: "ACTIVE" },
    select: { firstName: true, lastName: true, clinic: { select: { name: true } } },
  });
}

/** The patient's active episode of care (the newest, should there be two), or null. */
export async function getActiveEpisode(scope: PatientScope): Promise<{ id: string; phase: Phase } | null> {
  return db.episode.findFirst({
    where: { clinicId: scope.clinicId, patientId: scope.patientId, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, phase: true },
  });
}

export type ProgramItemRecord = {
  programItemId: string;
  exerciseCode: string;
  prescribed: PrescribedDoseDTO;
  perWeek: number | null;
  perDay: number | null;
  everyDays: number | null;
  notes: string;
  patientReason: string;
};

/** The current program: the latest version of the episode's program, its items in order; null when none was saved. */
export async function getCurrentProgram(
  scope: PatientScope,
  episodeId: string,
): Promise<{ id: string; version: number; phase: Phase; createdAt: Date; items: ProgramItemRecord[]; exerciseVersions: ClinicExerciseDefinition[] } | null> {
  const program = await db.program.findFirst({
    where: { clinicId: scope.clinicId, episodeId, episode: { patientId: scope.patientId } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      phase: true,
      createdAt: true,
      items: {
        orderBy: { position: "asc" },
        select: { id: true, ...DOSE_SELECT, notes: true, patientReason: true, clinicExerciseVersion: { select: CLINIC_EXERCISE_VERSION_SELECT } },
      },
    },
  });
  if (!program) return null;
  return {
    id: program.id,
    version: program.version,
    phase: program.phase,
    createdAt: program.createdAt,
    // Its clinic exercises as given, not as since edited (catalogue-lookup.ts withSavedVersions).
    exerciseVersions: program.items.flatMap((item) => (item.clinicExerciseVersion ? [clinicExerciseVersionDefinition(item.clinicExerciseVersion)] : [])),
    items: program.items.map((item) => ({
      programItemId: String(item.id),
      exerciseCode: item.exerciseCode,
      prescribed: doseOf(item),
      perWeek: item.perWeek,
      perDay: item.perDay,
      everyDays: item.everyDays,
      notes: item.notes ?? "",
      patientReason: item.patientReason ?? "",
    })),
  };
}

export const logSelect = {
  id: true,
  version: true,
  programId: true,
  programItemId: true,
  exerciseCode: true,
  performedOn: true,
  asPrescribed: true,
  sets: true,
  reps: true,
  holdSeconds: true,
  loadKg: true,
  painDuring: true,
  note: true,
} as const;

type LogRow = {
  id: string;
  version: number;
  programId: string;
  programItemId: bigint;
  exerciseCode: string;
  performedOn: Date;
  asPrescribed: boolean;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  painDuring: number | null;
  note: string | null;
};

export type LogRecord = DoseDTO & {
  id: string;
  version: number;
  programId: string;
  programItemId: string;
  exerciseCode: string;
  performedOn: IsoDate;
  asPrescribed: boolean;
  painDuring: number | null;
  note: string;
};

export function toLogRecord(row: LogRow): LogRecord {
  return {
    id: row.id,
    version: row.version,
    programId: row.programId,
    programItemId: String(row.programItemId),
    exerciseCode: row.exerciseCode,
    performedOn: isoDate(row.performedOn),
    asPrescribed: row.asPrescribed,
    sets: row.sets,
    reps: row.reps,
    holdSeconds: row.holdSeconds,
    loadKg: row.loadKg,
    painDuring: row.painDuring,
    note: row.note ?? "",
  };
}

/** The patient's logs in the episode from a date on (their local dates), oldest first. */
export async function listEpisodeLogsSince(scope: PatientScope, episodeId: string, since: IsoDate): Promise<LogRecord[]> {
  const rows = await db.exerciseLog.findMany({
    where: { clinicId: scope.clinicId, patientId: scope.patientId, episodeId, performedOn: { gte: dateColumn(since) } },
    orderBy: [{ performedOn: "asc" }, { createdAt: "asc" }],
    select: logSelect,
  });
  return rows.map(toLogRecord);
}

/**
 * The ratings that can be the state before a session of this episode (previousPainState): NPRS at rest
 * from its assessments up to the session day, and next-morning ratings of earlier sessions.
 */
export async function listPainBefore(scope: PatientScope, episodeId: string, sessionDate: IsoDate): Promise<PainObservation[]> {
  const owned = { clinicId: scope.clinicId, patientId: scope.patientId, episodeId };
  const [rest, mornings] = await Promise.all([
    db.measurement.findMany({
      where: { clinicId: scope.clinicId, measureCode: "nprs", context: "rest", assessment: { ...owned, assessedOn: { lte: dateColumn(sessionDate) } } },
      select: { value: true, assessment: { select: { assessedOn: true } } },
    }),
    db.morningPain.findMany({ where: { ...owned, sessionDate: { lt: dateColumn(sessionDate) } }, select: { pain: true, sessionDate: true } }),
  ]);
  return [
    ...rest.map((row) => ({ pain: row.value, observedOn: isoDate(row.assessment.assessedOn), kind: "rest" as const })),
    ...mornings.map((row) => ({ pain: row.pain, observedOn: addDays(isoDate(row.sessionDate), 1), kind: "morning" as const })),
  ];
}

/** The patient's next-morning pain about one exercise day, or null when not given. */
export async function getMorningPain(scope: PatientScope, sessionDate: IsoDate): Promise<{ pain: number } | null> {
  return db.morningPain.findFirst({
    where: { clinicId: scope.clinicId, patientId: scope.patientId, sessionDate: dateColumn(sessionDate) },
    select: { pain: true },
  });
}
