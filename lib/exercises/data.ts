import "server-only";
import type { ClinicScope, PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { formText } from "@/lib/core/form-text";
import { CLINIC_EXERCISE_CONTENT_SELECT, clinicExerciseDefinition, type ClinicExerciseDefinition, type ClinicExerciseRecord } from "./clinic-exercise";
import type { ClinicExerciseCode } from "./library-types";
import type { ClinicExerciseDTO } from "./types";

const recordSelect = {
  id: true,
  ...CLINIC_EXERCISE_CONTENT_SELECT,
  archivedAt: true,
} as const satisfies Record<keyof ClinicExerciseRecord, true>;

/**
 * The scope's clinic's own exercises, archived ones included (programs still name them), in number
 * order. Takes a staff or a portal scope: a patient's plan shows their clinic's exercises too.
 */
export async function listClinicExercises(scope: ClinicScope | PatientScope): Promise<ClinicExerciseDefinition[]> {
  const records = await db.clinicExercise.findMany({ where: { clinicId: scope.clinicId }, orderBy: { number: "asc" }, select: recordSelect });
  return records.map(clinicExerciseDefinition);
}


/** One exercise of the caller's clinic in the edit form's terms, or null (another clinic's, or none). */
export async function getClinicExerciseForEdit(scope: ClinicScope, id: string): Promise<ClinicExerciseDTO | null> {
  const record = await db.clinicExercise.findFirst({ where: { id, clinicId: scope.clinicId }, select: { ...recordSelect, version: true } });
  if (!record) return null;
  return {
    id: record.id,
    code: record.code as ClinicExerciseCode,
    version: record.version,
    archived: record.archivedAt !== null,
    fields: {
      name: record.name,
      kind: record.kind,
      targets: record.targets,
      phases: record.phases,
      heavyOrLengthening: record.heavyOrLengthening,
      sets: formText(record.sets),
      reps: formText(record.reps),
      holdSeconds: formText(record.holdSeconds),
      perWeek: formText(record.perWeek),
      perDay: formText(record.perDay),
      dosageText: record.dosageText,
      instructions: record.instructions,
      notes: record.notes ?? "",
      source: record.source,
    },
  };
}
