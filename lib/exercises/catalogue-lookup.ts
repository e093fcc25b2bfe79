import { isClinicExercise, isClinicExerciseCode, type ClinicExerciseDefinition } from "./clinic-exercise";
import { EXERCISES, exerciseByCode, exercisesForTarget } from "./library";
import type { ExerciseDefinition, Phase, Target } from "./library-types";

/**
 * One clinic's exercise catalogue: the shared library (domain.md §2.2) plus that clinic's own
 * exercises, and nothing of any other clinic. Pure, so a client component rebuilds it from the plain
 * `clinicExercises` a server page hands it; on the server, catalogue.ts loads it for a scope.
 */
export type ExerciseCatalogue = {
  /** The library in its order, then the clinic's exercises by code; archived ones too, so old programs still show. */
  readonly all: readonly ExerciseDefinition[];
  /** What may be newly prescribed or put in a template: everything except archived clinic exercises. */
  readonly offered: readonly ExerciseDefinition[];
  /** The clinic's own entries (archived included), plain data that can cross to the browser. */
  readonly clinicExercises: readonly ClinicExerciseDefinition[];
  /** The entry for a code; undefined for an unknown code, including another clinic's CXnn. */
  byCode(code: string): ExerciseDefinition | undefined;
  /** Whether the code may be newly prescribed: known, and not an archived clinic exercise. */
  isOffered(code: string): boolean;
  /** Offered exercises for a target that the phase allows (isAllowedInPhase), in catalogue order. */
  forTarget(target: Target, phase: Phase): ExerciseDefinition[];
};

export function createExerciseCatalogue(clinicExercises: readonly ClinicExerciseDefinition[]): ExerciseCatalogue {
  // Only CXnn codes are taken from the clinic list, so a clinic entry can never stand in for a library one.
  const own = clinicExercises.filter((exercise) => isClinicExerciseCode(exercise.code)).toSorted((a, b) => a.code.localeCompare(b.code, "en", { numeric: true }));
  const byClinicCode = new Map(own.map((exercise) => [exercise.code as string, exercise]));
  const all: readonly ExerciseDefinition[] = [...EXERCISES, ...own];
  const offered = all.filter((exercise) => !(isClinicExercise(exercise) && exercise.archived));
  const byCode = (code: string): ExerciseDefinition | undefined => exerciseByCode(code) ?? byClinicCode.get(code);
  return {
    all,
    offered,
    clinicExercises: own,
    byCode,
    isOffered: (code) => {
      const exercise = byCode(code);
      return exercise !== undefined && !(isClinicExercise(exercise) && exercise.archived);
    },
    forTarget: (target, phase) => exercisesForTarget(target, phase, offered),
  };
}

/** The shared library alone: for code paths with no clinic (built-in templates, the demo seed, tests). */
export const SHARED_CATALOGUE = createExerciseCatalogue([]);

/**
 * The catalogue as a saved program version saw it: its clinic exercises as they were when it was saved
 * (clinic_exercise_version), everything else as `catalogue` has it. Archived flags stay live.
 */
export function withSavedVersions(catalogue: ExerciseCatalogue, saved: readonly ClinicExerciseDefinition[]): ExerciseCatalogue {
  if (saved.length === 0) return catalogue;
  const savedByCode = new Map(saved.map((exercise) => [exercise.code as string, exercise]));
  return createExerciseCatalogue(
    catalogue.clinicExercises.map((live) => {
      const then = savedByCode.get(live.code);
      return then ? { ...then, archived: live.archived } : live;
    }),
  );
}
