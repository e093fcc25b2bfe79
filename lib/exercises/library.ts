import { EARLY_REHAB_EXERCISES } from "./library-early-rehab";
import { STRENGTH_AND_STRETCH_EXERCISES } from "./library-strength-stretch";
import type { ExerciseDefinition, Phase, Target } from "./library-types";

/**
 * The exercise library: the 40 items of ../shared/domain.md §2.2, in order, with the phase rules of §2.1
 * and §6. Pure data and functions; programmes and the UI read exercises from here and nothing else
 * hard-codes a dose.
 */
export const EXERCISES = [...EARLY_REHAB_EXERCISES, ...STRENGTH_AND_STRETCH_EXERCISES] as const satisfies readonly ExerciseDefinition[];

export type ExerciseCode = (typeof EXERCISES)[number]["code"];

const BY_CODE: ReadonlyMap<string, ExerciseDefinition> = new Map(EXERCISES.map((exercise) => [exercise.code, exercise]));

/** The library entry for a code; an unknown string (from a URL or a stored row) gives undefined. */
export function exerciseByCode(code: ExerciseCode): ExerciseDefinition;
export function exerciseByCode(code: string): ExerciseDefinition | undefined;
export function exerciseByCode(code: string): ExerciseDefinition | undefined {
  return BY_CODE.get(code);
}

/**
 * Whether the exercise may be prescribed in the phase. The Phase column of domain.md §2.2 decides, and
 * R-NO-HEAVY-ACUTE (§6) overrides it: heavy or lengthening work (Askling EX14–EX16, EX27–EX30) is never
 * allowed in phase A, following Heiderscheit's "avoid excessive lengthening in Phase I" [S12]. The
 * single-leg bridge EX26 waits for Aspetar Stage 2 [S11], which the table records by leaving A out of its
 * phases. A restricted phase ("A (gentle only)", "S (late)") is allowed; phaseRestrictionNote says how.
 */
export function isAllowedInPhase(exercise: ExerciseDefinition, phase: Phase): boolean {
  if (phase === "ACUTE" && exercise.heavyOrLengthening) return false;
  return exercise.phases.includes(phase);
}

/**
 * The warning to show when the exercise is prescribed in this phase, or null when the phase carries no
 * restriction (or the exercise is not allowed in it at all: see isAllowedInPhase).
 */
export function phaseRestrictionNote(exercise: ExerciseDefinition, phase: Phase): string | null {
  if (!isAllowedInPhase(exercise, phase)) return null;
  switch (phase) {
    case "ACUTE":
      return exercise.acuteRestriction ? ACUTE_NOTES[exercise.acuteRestriction] : null;
    case "SUBACUTE":
      return exercise.subacuteRestriction ? SUBACUTE_NOTES[exercise.subacuteRestriction] : null;
    case "PREVENTION":
      return null;
  }
}

const ACUTE_NOTES: Record<NonNullable<ExerciseDefinition["acuteRestriction"]>, string> = {
  // domain.md §2.1 and §7: Heiderscheit avoids excessive lengthening in Phase I [S12]; Aspetar stretches from Stage 2 [S11].
  "gentle-only": "Acute phase: gentle, pain-free, sub-maximal stretch only. Avoid end-range stretching.",
  "late-acute-only": "Acute phase: late in the phase only, not in the first days after the injury.",
  // domain.md §2.2 EX13: Aspetar stage 1 works proximal or distal to the lesion only [S11].
  "away-from-lesion": "Acute phase: only above and below the injured area, not over it.",
};

const SUBACUTE_NOTES: Record<NonNullable<ExerciseDefinition["subacuteRestriction"]>, string> = {
  "late-subacute-only": "Subacute phase: late in the phase only, not at the start of reloading.",
};

/**
 * Exercises for a target that may be prescribed in the phase, in list order: the shared library by
 * default, or a clinic's whole catalogue (catalogue.ts passes its own list).
 */
export function exercisesForTarget(target: Target, phase: Phase, exercises: readonly ExerciseDefinition[] = EXERCISES): ExerciseDefinition[] {
  return exercises.filter((exercise) => (exercise.targets as readonly Target[]).includes(target) && isAllowedInPhase(exercise, phase));
}
