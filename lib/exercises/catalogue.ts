import "server-only";
import type { ClinicScope, PatientScope } from "@/lib/core/auth/session";
import { createExerciseCatalogue, type ExerciseCatalogue } from "./catalogue-lookup";
import { listClinicExercises } from "./data";

/**
 * The exercise catalogue every consumer uses on the server: the shared library plus the scope's
 * clinic's own exercises, never another clinic's. Programs (editor, validation, versions, handout),
 * suggestions, templates and the library page read exercises through it; the portal can too, since a
 * patient scope names the patient's clinic. To use it in a client component, pass
 * `catalogue.clinicExercises` down and rebuild it there with createExerciseCatalogue (catalogue-lookup.ts).
 */
export async function loadExerciseCatalogue(scope: ClinicScope | PatientScope): Promise<ExerciseCatalogue> {
  return createExerciseCatalogue(await listClinicExercises(scope));
}
