/** Shapes of the exercise library (library.ts), transcribed from ../shared/domain.md §2.2, and of a clinic's own exercises. */

/** domain.md §2.1 phase codes: A = acute/protection, S = subacute/reloading, P = prevention/maintenance. */
export type Phase = "ACUTE" | "SUBACUTE" | "PREVENTION";

export const PHASES = ["ACUTE", "SUBACUTE", "PREVENTION"] as const satisfies readonly Phase[];

/** domain.md §2.2 target codes: HS, GMax, GMed, HF, CORE, GEN. "hip", "calf" and "any" have no code of their own. */
export type Target = "HAMSTRINGS" | "GLUTEUS_MAXIMUS" | "GLUTEUS_MEDIUS" | "HIP_FLEXORS" | "CORE" | "GENERAL";

export const TARGETS = ["HAMSTRINGS", "GLUTEUS_MAXIMUS", "GLUTEUS_MEDIUS", "HIP_FLEXORS", "CORE", "GENERAL"] as const satisfies readonly Target[];

/**
 * Exercise codes: EXnn for the shared library (domain.md §2.2), CXnn for a clinic's own exercises
 * (lib/exercises/catalogue.ts). The prefixes keep the two apart, so a clinic code never shadows a library one.
 */
export type SharedExerciseCode = `EX${number}`;
export type ClinicExerciseCode = `CX${number}`;

/**
 * How the Phase column qualifies phase A: "A (gentle only)" → gentle-only, "A (late)" → late-acute-only,
 * "A (away from lesion)" (EX13) → away-from-lesion. The exercise is allowed in ACUTE, with a warning.
 */
export type AcuteRestriction = "gentle-only" | "late-acute-only" | "away-from-lesion";

/** "S (late)" in the Phase column: allowed in SUBACUTE, with a warning. */
export type SubacuteRestriction = "late-subacute-only";

export type ExerciseKind = "exercise" | "stretch" | "isometric" | "education";

export const EXERCISE_KINDS = ["exercise", "stretch", "isometric", "education"] as const satisfies readonly ExerciseKind[];

/**
 * The Dosage column as structured defaults. `text` is the table's wording, markers included
 * (`[design]` = a default proposed in domain.md, `[generic]` = the ACSM dose [S47], not exercise-specific).
 * A numeric field is set only when the table gives a number for it, with these conventions:
 * - a range takes its lower bound ("1–3 × 8–12" → sets 1, reps 8; "5–7 d/wk" → perWeek 5);
 * - "N × T s" is N holds of T seconds (sets N, holdSeconds T);
 * - "Daily" and "Nightly" are perWeek 7; perDay is set only where the table says "N×/day";
 * - "Every other day" is everyDays 2 and "Every 3rd day" everyDays 3 (lib/programs/schedule.ts);
 * - "N × T min" is N sets of a T-minute time dose (durationSeconds).
 * Anything else (distances, schedules, phase-dependent frequencies) stays in `text` / `frequencyText`.
 */
export type Dosage = {
  readonly sets?: number;
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly durationSeconds?: number;
  /** Intensity as written: "6–10 RM", "Sub-maximal, pain-free". */
  readonly loadNote?: string;
  readonly perDay?: number;
  readonly perWeek?: number;
  readonly everyDays?: number;
  /** What one dose counts for, where the table says so: "per muscle" (EX13), "per leg", "per side". */
  readonly per?: string;
  readonly text: string;
};

/**
 * A dose schedule the library itself prescribes week by week (EX30's Nordic programme, domain.md §2.2
 * [S14]). Each step is one week's dose; a range of reps ("3 × 6–8", or 12/10/8 across the sets) is
 * given by its bounds. Moving a program item along it is a planned step, not an unplanned load rise.
 */
export type ProgressionStep = { readonly label: string; readonly sets: number; readonly repsMin: number; readonly repsMax: number; readonly perWeek: number };
export type Progression = { readonly steps: readonly [ProgressionStep, ...ProgressionStep[]]; readonly source: string };

/**
 * Why an exercise is never suggested from a finding for the home program, though its target and kind fit:
 * it is done by the clinician (EX04), or it is cramp care (EX39 prevents night cramps, EX40 eases a cramp
 * as it happens: domain.md §2.2 [S43] [S44b]), not a flexibility or strength exercise.
 */
export type NotSuggestedBecause = "clinician-performed" | "cramp-care";

export type ExerciseDefinition = {
  /** Stable id: EX01–EX40 in the shared library (domain.md §2.2), CX01… for a clinic's own exercises. */
  readonly code: SharedExerciseCode | ClinicExerciseCode;
  readonly name: string;
  readonly targets: readonly [Target, ...Target[]];
  /** Phases the Phase column allows; the rules in library.ts may still refuse one (R-NO-HEAVY-ACUTE). */
  readonly phases: readonly [Phase, ...Phase[]];
  readonly acuteRestriction?: AcuteRestriction;
  readonly subacuteRestriction?: SubacuteRestriction;
  readonly kind: ExerciseKind;
  /** Heavy or lengthening load that domain.md §6 R-NO-HEAVY-ACUTE blocks in phase A (EX14–EX16, EX27–EX30). */
  readonly heavyOrLengthening: boolean;
  readonly dosage: Dosage;
  /** The library's own week-by-week schedule, where domain.md gives one (EX30 [S14]). */
  readonly progression?: Progression;
  /** The Frequency column verbatim ("—" where the table has none). */
  readonly frequencyText: string;
  /** One or two plain-language sentences for the patient. */
  readonly instructions: string;
  /**
   * Why the exercise is in a program, for the patient: a short second-person phrase that follows "Why:"
   * ("to strengthen the muscles at the side of your hip"), based on domain.md §2.2 and claiming no more.
   * Every library exercise has one; a clinic exercise has none, so its items start with no why.
   */
  readonly purpose?: string;
  readonly notSuggested?: NotSuggestedBecause;
  /** The Notes / contraindications column, shortened, with its source tags; absent where the table has none. */
  readonly notes?: string;
  /** The Source column (a clinic exercise: what its admin wrote as the source). */
  readonly sources: readonly [string, ...string[]];
  /** A pictogram in public/exercises: exNN.svg for the library, custom.svg for every clinic exercise. */
  readonly illustration: `/exercises/${string}.svg`;
};
