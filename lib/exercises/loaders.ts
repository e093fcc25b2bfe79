import "server-only";
import { notFound } from "next/navigation";
import { can } from "@/lib/core/auth/permissions";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadExerciseCatalogue } from "./catalogue";
import { getClinicExerciseForEdit } from "./data";
import { clinicExerciseIdSchema } from "./schema";

/**
 * The library page: the caller's clinic's exercises (the shared ones are static) and whether the
 * caller may add and edit them. Archived exercises only reach admins, who may restore them.
 */
export async function loadExerciseLibrary() {
  const { viewer, scope } = await requireClinicScope("programs:read");
  const canEdit = can(viewer.role, "exercises:write");
  const { clinicExercises } = await loadExerciseCatalogue(scope);
  return {
    canEdit,
    clinicExercises: clinicExercises.filter((exercise) => !exercise.archived),
    archived: canEdit ? clinicExercises.filter((exercise) => exercise.archived) : [],
  };
}

/** Gate of the new-exercise page: admins only, 404 for anyone else. */
export async function requireExerciseAdmin() {
  await requireClinicScope("exercises:write");
}

/** One of the caller's clinic's exercises for its edit page; 404 for a malformed id, another clinic's, or a clinician. */
export async function loadClinicExerciseEditor(id: string) {
  const { scope } = await requireClinicScope("exercises:write");
  const parsed = clinicExerciseIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const exercise = await getClinicExerciseForEdit(scope, parsed.data);
  if (!exercise) notFound();
  return exercise;
}
