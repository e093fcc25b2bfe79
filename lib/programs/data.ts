import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { CLINIC_EXERCISE_VERSION_SELECT, clinicExerciseVersionDefinition } from "@/lib/exercises/clinic-exercise";
import { doseOf } from "./load";
import type { DoseVersion } from "./rules";
import type { ProgramTemplate } from "./templates";
import type { ProgramEpisodeDTO, ProgramVersionDTO, ProgramVersionSummaryDTO } from "./types";
import { calendarDayIn, startOfDayIn } from "@/lib/core/time-zones";

const text = (value: string | null) => value ?? "";

/** The exercise and dose columns of a program or template item, as every read of one selects them. */
export const DOSE_SELECT = {
  exerciseCode: true,
  sets: true,
  reps: true,
  holdSeconds: true,
  loadKg: true,
  perWeek: true,
  perDay: true,
  everyDays: true,
  durationSeconds: true,
  distanceM: true,
} as const;

/** The patient's episode in the caller's clinic that a program page is about, or null. */
export async function getProgramEpisode(scope: ClinicScope, patientId: string, episodeId: string): Promise<ProgramEpisodeDTO | null> {
  return db.episode.findFirst({ where: { id: episodeId, clinicId: scope.clinicId, patientId }, select: { id: true, diagnosis: true, phase: true } });
}

/** Every saved version of the episode's program, newest first, scoped to the caller's clinic. */
export async function listProgramVersions(scope: ClinicScope, episodeId: string): Promise<ProgramVersionSummaryDTO[]> {
  const records = await db.program.findMany({
    where: { clinicId: scope.clinicId, episodeId },
    orderBy: { version: "desc" },
    select: { version: true, phase: true, createdAt: true, note: true, createdBy: { select: { name: true } }, _count: { select: { items: true } } },
  });
  return records.map((record) => ({
    version: record.version,
    phase: record.phase,
    createdAt: record.createdAt.toISOString(),
    createdByName: record.createdBy.name,
    itemCount: record._count.items,
    note: record.note ?? "",
  }));
}

/**
 * One version (the latest when none is named) with its items in order, and its clinic exercises as they
 * were when it was saved (catalogue-lookup.ts withSavedVersions names them), or null.
 */
export async function getProgramVersion(scope: ClinicScope, episodeId: string, version?: number): Promise<ProgramVersionDTO | null> {
  const record = await db.program.findFirst({
    where: { clinicId: scope.clinicId, episodeId, ...(version === undefined ? {} : { version }) },
    orderBy: { version: "desc" },
    select: {
      version: true,
      phase: true,
      createdAt: true,
      note: true,
      createdBy: { select: { name: true } },
      items: { orderBy: { position: "asc" }, include: { clinicExerciseVersion: { select: CLINIC_EXERCISE_VERSION_SELECT } } },
    },
  });
  if (!record) return null;
  return {
    version: record.version,
    phase: record.phase,
    createdAt: record.createdAt.toISOString(),
    createdByName: record.createdBy.name,
    itemCount: record.items.length,
    note: record.note ?? "",
    exerciseVersions: record.items.flatMap((item) => (item.clinicExerciseVersion ? [clinicExerciseVersionDefinition(item.clinicExerciseVersion)] : [])),
    items: record.items.map((item) => ({
      exerciseCode: item.exerciseCode,
      ...doseOf(item),
      notes: text(item.notes),
      rationale: text(item.rationale),
      patientReason: text(item.patientReason),
      overrideReason: text(item.overrideReason),
      loadChangeReason: text(item.loadChangeReason),
    })),
  };
}

/**
 * The load guard's history (rules.ts itemLoadChange): the episode's versions saved on or after `since`
 * (a YYYY-MM-DD day of the clinic, as is each version's savedOn) and the one in force before them,
 * oldest first, with their doses. Scoped to the caller's clinic.
 */
export async function listRecentDoseVersions(scope: ClinicScope, episodeId: string, since: string): Promise<DoseVersion[]> {
  const where = { clinicId: scope.clinicId, episodeId };
  const select = { createdAt: true, items: { where: { clinicId: scope.clinicId }, orderBy: { position: "asc" }, select: DOSE_SELECT } } as const;
  const sinceDate = startOfDayIn(scope.timeZone, since);
  const [before, recent] = await Promise.all([
    db.program.findFirst({ where: { ...where, createdAt: { lt: sinceDate } }, orderBy: { version: "desc" }, select }),
    db.program.findMany({ where: { ...where, createdAt: { gte: sinceDate } }, orderBy: { version: "asc" }, select }),
  ]);
  return [...(before ? [before] : []), ...recent].map((program) => ({ savedOn: calendarDayIn(scope.timeZone, program.createdAt), items: program.items }));
}

/** The caller's clinic's own templates, oldest first, each with its items (dose and why) in order. */
export async function listClinicTemplates(scope: ClinicScope): Promise<ProgramTemplate[]> {
  const records = await db.programTemplate.findMany({
    where: { clinicId: scope.clinicId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      phase: true,
      description: true,
      items: {
        where: { clinicId: scope.clinicId },
        orderBy: { position: "asc" },
        select: { ...DOSE_SELECT, patientReason: true },
      },
    },
  });
  return records.map((record) => ({
    ...record,
    description: record.description ?? "",
    items: record.items.map((item) => ({
      exerciseCode: item.exerciseCode,
      ...doseOf(item),
      patientReason: text(item.patientReason),
    })),
  }));
}
