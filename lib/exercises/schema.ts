import { z } from "zod";
import { formNumber } from "@/lib/core/form-number";
import { DOSE_LIMITS, isWholeWithin } from "./dose-limits";
import { EXERCISE_KINDS, PHASES, TARGETS } from "./library-types";

/** A dose field as a form sends it, "" (not set) or a whole number within its bounds; parsed to number | null. */
export const doseNumber = (limits: { min: number; max: number; label: string }) =>
  formNumber(isWholeWithin(limits), `${limits.label} must be a whole number from ${limits.min} to ${limits.max}.`);

const requiredText = (max: number, empty: string, label: string) =>
  z.string().trim().min(1, { message: empty }).max(max, { message: `${label} must be at most ${max} characters.` });

/**
 * A clinic exercise as the admin's form sends it (dose numbers as typed, "" = not set), parsed to
 * numbers (null = not set): `ClinicExerciseFields` is the form's text, `ClinicExercise` what the server gets. The same schema
 * validates the form and the server action; strict, so extra fields are refused rather than half-read.
 */
export const clinicExerciseFieldsSchema = z
  .strictObject({
    name: requiredText(100, "Name the exercise.", "Name"),
    kind: z.enum(EXERCISE_KINDS, { message: "Choose what kind of exercise it is." }),
    targets: z.array(z.enum(TARGETS, { message: "Choose targets from the list." })).min(1, { message: "Choose at least one target." }),
    phases: z.array(z.enum(PHASES, { message: "Choose phases from the list." })).min(1, { message: "Choose at least one phase it may be used in." }),
    heavyOrLengthening: z.boolean(),
    sets: doseNumber(DOSE_LIMITS.sets),
    reps: doseNumber(DOSE_LIMITS.reps),
    holdSeconds: doseNumber(DOSE_LIMITS.holdSeconds),
    perWeek: doseNumber(DOSE_LIMITS.perWeek),
    perDay: doseNumber(DOSE_LIMITS.perDay),
    dosageText: requiredText(200, "Describe the default dose in words, e.g. 3 × 10, slow.", "The dose in words"),
    instructions: requiredText(1000, "Write the instructions for the patient.", "Instructions"),
    notes: z.string().trim().max(1000, { message: "Notes must be at most 1000 characters." }),
    source: requiredText(200, "Say where the exercise and its dose come from.", "Source"),
  })
  .superRefine((fields, ctx) => {
    // R-NO-HEAVY-ACUTE (domain.md §6): heavy or lengthening work is never allowed in phase A [S12, S11].
    if (fields.heavyOrLengthening && fields.phases.includes("ACUTE")) {
      ctx.addIssue({
        code: "custom",
        path: ["phases"],
        message: "Heavy or lengthening work is never allowed in the acute phase: untick Acute, or untick heavy or lengthening.",
      });
    }
  });

export type ClinicExerciseFields = z.input<typeof clinicExerciseFieldsSchema>;
export type ClinicExercise = z.output<typeof clinicExerciseFieldsSchema>;

export const clinicExerciseIdSchema = z.uuid({ message: "Not an exercise id." });

export const createClinicExerciseSchema = clinicExerciseFieldsSchema.safeExtend({
  /** Made once when the form opens, so a double submission adds one exercise. */
  requestId: z.uuid(),
});

export const updateClinicExerciseSchema = clinicExerciseFieldsSchema.safeExtend({
  id: clinicExerciseIdSchema,
  /** The version the edit was based on; a newer one in the database means someone else saved first. */
  version: z.number().int().positive(),
});

export const setClinicExerciseArchivedSchema = z.strictObject({ id: clinicExerciseIdSchema, archived: z.boolean() });

export type CreateClinicExerciseInput = z.infer<typeof createClinicExerciseSchema>;
export type UpdateClinicExerciseInput = z.infer<typeof updateClinicExerciseSchema>;
export type SetClinicExerciseArchivedInput = z.infer<typeof setClinicExerciseArchivedSchema>;

export const EMPTY_CLINIC_EXERCISE: ClinicExerciseFields = {
  name: "",
  kind: "exercise",
  targets: [],
  phases: [],
  heavyOrLengthening: false,
  sets: "",
  reps: "",
  holdSeconds: "",
  perWeek: "",
  perDay: "",
  dosageText: "",
  instructions: "",
  notes: "",
  source: "",
};
