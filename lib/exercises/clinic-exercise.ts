import type { ClinicExerciseCode, Dosage, ExerciseDefinition, ExerciseKind, Phase, Target } from "./library-types";

/**
 * A clinic's own exercise as the rest of the app sees it: the same shape as a library entry, so the
 * phase rules, suggestions, programs and handouts treat both alike. Pure; data.ts reads the rows.
 */
export type ClinicExerciseDefinition = ExerciseDefinition & {
  readonly code: ClinicExerciseCode;
  readonly clinicExerciseId: string;
  /** Archived: no longer offered for new programs or templates, still shown where a program uses it. */
  readonly archived: boolean;
};

/** The one pictogram every clinic exercise shows (a clinic cannot upload its own). */
export const CLINIC_EXERCISE_ILLUSTRATION = "/exercises/custom.svg";

/** "CX" + the per-clinic number, at least two digits: CX01, CX02 … CX100. */
export function clinicExerciseCode(number: number): ClinicExerciseCode {
  return `CX${String(number).padStart(2, "0")}` as ClinicExerciseCode;
}

export function isClinicExerciseCode(code: string): code is ClinicExerciseCode {
  return /^CX(0[1-9]|[1-9]\d+)$/.test(code);
}

export function isClinicExercise(exercise: ExerciseDefinition): exercise is ClinicExerciseDefinition {
  return "clinicExerciseId" in exercise;
}

/** A clinic_exercise row's fields, as data.ts selects them. */
export type ClinicExerciseRecord = {
  id: string;
  code: string;
  name: string;
  targets: readonly Target[];
  phases: readonly Phase[];
  kind: ExerciseKind;
  heavyOrLengthening: boolean;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  perWeek: number | null;
  perDay: number | null;
  dosageText: string;
  instructions: string;
  notes: string | null;
  source: string;
  archivedAt: Date | null;
};

/** The frequency in the library's words: "Daily", "3 d/wk", "2×/day", or "—" when none is set. */
export function frequencyTextOf({ perWeek, perDay }: { perWeek: number | null; perDay: number | null }): string {
  const parts = [perWeek === 7 ? "Daily" : perWeek ? `${perWeek} d/wk` : "", perDay ? `${perDay}×/day` : ""];
  return parts.filter(Boolean).join(", ") || "—";
}

export function clinicExerciseDefinition(record: ClinicExerciseRecord): ClinicExerciseDefinition {
  const dosage: Dosage = {
    text: record.dosageText,
    ...(record.sets !== null && { sets: record.sets }),
    ...(record.reps !== null && { reps: record.reps }),
    ...(record.holdSeconds !== null && { holdSeconds: record.holdSeconds }),
    ...(record.perWeek !== null && { perWeek: record.perWeek }),
    ...(record.perDay !== null && { perDay: record.perDay }),
  };
  return {
    code: record.code as ClinicExerciseCode,
    clinicExerciseId: record.id,
    archived: record.archivedAt !== null,
    name: record.name,
    // Never empty: the schema requires at least one target and one phase.
    targets: record.targets as ExerciseDefinition["targets"],
    phases: record.phases as ExerciseDefinition["phases"],
    // domain.md §2.1: in phase A only gentle, pain-free, sub-maximal stretch is allowed, so a clinic
    // stretch allowed in the acute phase carries the same warning as the library's (EX12) [S12, S11].
    ...(record.kind === "stretch" && record.phases.includes("ACUTE") && { acuteRestriction: "gentle-only" as const }),
    kind: record.kind,
    heavyOrLengthening: record.heavyOrLengthening,
    dosage,
    frequencyText: frequencyTextOf(record),
    instructions: record.instructions,
    ...(record.notes && { notes: record.notes }),
    sources: [record.source],
    illustration: CLINIC_EXERCISE_ILLUSTRATION,
  };
}

/** What a clinic exercise says, as a live row and every saved version store it alike. */
export const CLINIC_EXERCISE_CONTENT_SELECT = {
  code: true,
  name: true,
  targets: true,
  phases: true,
  kind: true,
  heavyOrLengthening: true,
  sets: true,
  reps: true,
  holdSeconds: true,
  perWeek: true,
  perDay: true,
  dosageText: true,
  instructions: true,
  notes: true,
  source: true,
} as const;

/**
 * The columns of a saved clinic exercise version (clinic_exercise_version), as a program item's reads
 * select them: the content as it was when the program was saved.
 */
export const CLINIC_EXERCISE_VERSION_SELECT = {
  clinicExerciseId: true,
  ...CLINIC_EXERCISE_CONTENT_SELECT,
} as const;

export type ClinicExerciseVersionRecord = Omit<ClinicExerciseRecord, "id" | "archivedAt"> & { clinicExerciseId: string };

/** A saved version as a catalogue entry. Not archived: whether it is still offered is the live exercise's business. */
export function clinicExerciseVersionDefinition({ clinicExerciseId, ...record }: ClinicExerciseVersionRecord): ClinicExerciseDefinition {
  return clinicExerciseDefinition({ ...record, id: clinicExerciseId, archivedAt: null });
}
