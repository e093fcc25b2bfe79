/**
 * Reference rows the bulk generator's SQL reads, built from the app's own catalogues so the generated
 * values pass the same CHECK constraints and forms: each measure's range, step, sides, method and
 * contexts come from lib/assessments/catalogue.ts; each phase's exercise pool and default doses from
 * lib/exercises/library.ts (isAllowedInPhase). Only the "typical value" columns are the generator's
 * own: plausible numbers for a hamstring patient, the injured side worse early and recovering.
 */
import { MEASURES, type MeasureCode } from "@/lib/assessments/catalogue";
import type { MeasureDefinition } from "@/lib/assessments/catalogue-types";
import { MMT_MAX_INDEX } from "@/lib/assessments/mmt-grades";
import { EXERCISES, isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES, type Dosage } from "@/lib/exercises/library-types";

/**
 * base: healthy value; injured: added on the injured side at the start of care, fading to nothing at
 * discharge; noise: ± spread per reading; stable: the value is the patient's own (leg length), so it
 * does not wander between assessments; full: only in full assessments (the first of an episode).
 */
type Typical = { base: number; injured: number; noise: number; stable?: boolean; full?: boolean; context?: string };

const TYPICAL: { code: MeasureCode; values: Typical }[] = [
  { code: "ake-knee-flex-angle", values: { base: 15, injured: 25, noise: 6 } },
  { code: "pke-knee-flex-angle", values: { base: 25, injured: 20, noise: 6, full: true } },
  { code: "slr-passive-hip-flex", values: { base: 85, injured: -25, noise: 8 } },
  { code: "sit-reach", values: { base: 2, injured: -8, noise: 6 } },
  { code: "mtt-hip-angle", values: { base: -5, injured: 0, noise: 6, full: true } },
  { code: "mtt-knee-angle", values: { base: 72, injured: 0, noise: 8, full: true } },
  { code: "mtt-pelvis-controlled", values: { base: 1, injured: 0, noise: 0, full: true } },
  { code: "mmt-hip-ext", values: { base: MMT_MAX_INDEX, injured: -2, noise: 1, full: true } },
  { code: "mmt-hip-abd", values: { base: MMT_MAX_INDEX, injured: -1, noise: 1, full: true } },
  { code: "mmt-knee-flex", values: { base: MMT_MAX_INDEX, injured: -4, noise: 1 } },
  { code: "hhd-hip-ext", values: { base: 250, injured: -60, noise: 30 } },
  { code: "hhd-hip-abd", values: { base: 200, injured: -30, noise: 25, full: true } },
  { code: "slhb-reps", values: { base: 25, injured: -12, noise: 5 } },
  { code: "pelvic-tilt-sagittal", values: { base: 12, injured: 0, noise: 5, full: true } },
  { code: "iliac-crest-diff", values: { base: 5, injured: 0, noise: 4, stable: true, full: true } },
  { code: "leg-length-true", values: { base: 88, injured: 0, noise: 6, stable: true, full: true } },
  { code: "leg-length-apparent", values: { base: 95, injured: 0, noise: 6, stable: true, full: true } },
  { code: "nprs", values: { base: 0, injured: 5, noise: 1.5, context: "rest" } },
  { code: "nprs", values: { base: 1, injured: 6, noise: 1.5, context: "activity" } },
];

export type MeasureRow = {
  code: string;
  bilateral: boolean;
  min: number;
  max: number;
  step: number;
  method: string | null;
  context: string;
  /** The extra choice a measure asks (iliac crest: which side is high); the SQL picks one per patient. */
  choices: string[] | null;
  /** MMT asks "pain on testing" per side. */
  flagged: boolean;
} & Required<Omit<Typical, "context">>;

export function measureRows(): MeasureRow[] {
  return TYPICAL.map(({ code, values }) => {
    const measure: MeasureDefinition = MEASURES.find((candidate) => candidate.code === code)!;
    const contexts = measure.contexts?.map((option) => option.value) ?? [];
    const context = values.context ?? "";
    if (context && !contexts.includes(context)) throw new Error(`${code} has no context ${context}`);
    return {
      code,
      bilateral: measure.bilateral,
      min: measure.range.min,
      max: measure.range.max,
      step: measure.range.step,
      method: measure.methods[0]?.value ?? null,
      context,
      choices: measure.choice?.options.map((option) => option.value) ?? null,
      flagged: measure.sideFlag !== undefined,
      base: values.base,
      injured: values.injured,
      noise: values.noise,
      stable: values.stable ?? false,
      full: values.full ?? false,
    };
  });
}

export type ExerciseRow = {
  phase: string;
  idx: number;
  code: string;
  sets: number | null;
  reps: number | null;
  hold: number | null;
  duration: number | null;
  perWeek: number | null;
  perDay: number | null;
  everyDays: number | null;
};

/**
 * Per phase, the library exercises a home program may hold in it: allowed in the phase, not education
 * (EX01), not clinician-performed or cramp care (notSuggested). An exercise the library doses with no
 * schedule gets 3 times a week, so every item can be logged against a schedule.
 */
export function exercisePools(): ExerciseRow[] {
  return PHASES.flatMap((phase) =>
    EXERCISES.filter((exercise) => isAllowedInPhase(exercise, phase) && exercise.kind !== "education" && !("notSuggested" in exercise)).map(
      (exercise, idx) => {
        const dose: Dosage = exercise.dosage;
        const everyDays = dose.everyDays ?? null;
        return {
          phase,
          idx,
          code: exercise.code,
          sets: dose.sets ?? null,
          reps: dose.reps ?? null,
          hold: dose.holdSeconds ?? null,
          duration: dose.durationSeconds ?? null,
          perWeek: everyDays ? null : (dose.perWeek ?? 3),
          perDay: dose.perDay ?? null,
          everyDays,
        };
      },
    ),
  );
}
