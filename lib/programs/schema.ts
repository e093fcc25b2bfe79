import { z } from "zod";
import { DOSE_LIMITS, PROGRAM_DOSE_LIMITS, doseNumber } from "@/lib/exercises/dose-limits";
import { exerciseByCode } from "@/lib/exercises/library";
import { PHASES, type ExerciseDefinition } from "@/lib/exercises/library-types";

/**
 * A program as the editor sends it: the whole list of items, dose fields as typed ("" = not set).
 * Whether a code is in the caller's catalogue (shared library or the clinic's own) and allowed in the
 * phase needs the clinic's exercises, so rules.ts checks that; this schema checks the code's form only.
 */
const EXERCISE_CODE = /^(EX|CX)\d{2,}$/;

const optionalText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

export const programItemSchema = z.strictObject({
  exerciseCode: z.string().regex(EXERCISE_CODE, { message: "Choose an exercise from the library." }),
  sets: doseNumber(DOSE_LIMITS.sets),
  reps: doseNumber(DOSE_LIMITS.reps),
  holdSeconds: doseNumber(DOSE_LIMITS.holdSeconds),
  loadKg: z
    .string()
    .trim()
    .refine((text) => text === "" || (Number.isFinite(Number(text)) && Number(text) >= 0 && Number(text) <= 500), {
      message: "Load must be from 0 to 500 kg.",
    }),
  perWeek: doseNumber(DOSE_LIMITS.perWeek),
  perDay: doseNumber(DOSE_LIMITS.perDay),
  everyDays: doseNumber(PROGRAM_DOSE_LIMITS.everyDays),
  durationSeconds: doseNumber(PROGRAM_DOSE_LIMITS.durationSeconds),
  distanceM: doseNumber(PROGRAM_DOSE_LIMITS.distanceM),
  notes: optionalText(500),
  rationale: optionalText(300),
  patientReason: optionalText(300),
  overrideReason: optionalText(500),
  loadChangeReason: optionalText(500),
});

export type ProgramItemFields = z.infer<typeof programItemSchema>;

/** One schedule per item (lib/programs/schedule.ts): a number of days a week, or every N days, not both. */
const oneSchedule = (item: ProgramItemFields) => item.perWeek === "" || item.everyDays === "";
const ONE_SCHEDULE_MESSAGE = "Give times a week or every … days, not both.";

export const programFieldsSchema = z.strictObject({
  note: optionalText(500),
  items: z.array(programItemSchema.refine(oneSchedule, { message: ONE_SCHEDULE_MESSAGE, path: ["everyDays"] })).max(30, { message: "A program holds at most 30 exercises." }),
});

export type ProgramFields = z.infer<typeof programFieldsSchema>;

export const saveProgramSchema = programFieldsSchema.extend({
  episodeId: z.uuid(),
  /** The version the edit started from (0 when there was none); a newer one means someone saved first. */
  baseVersion: z.number().int().min(0),
});

export type SaveProgramInput = z.infer<typeof saveProgramSchema>;

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

/** A new item dosed from the exercise's defaults (shared library or clinic exercise alike). */
export function itemFromExercise(exercise: Pick<ExerciseDefinition, "code" | "dosage">, rationale = "", patientReason = ""): ProgramItemFields {
  const { dosage } = exercise;
  return {
    exerciseCode: exercise.code,
    sets: text(dosage.sets),
    reps: text(dosage.reps),
    holdSeconds: text(dosage.holdSeconds),
    loadKg: "",
    perWeek: text(dosage.perWeek),
    perDay: text(dosage.perDay),
    everyDays: text(dosage.everyDays),
    durationSeconds: text(dosage.durationSeconds),
    distanceM: "",
    notes: "",
    rationale,
    patientReason,
    overrideReason: "",
    loadChangeReason: "",
  };
}

/** A new item for a shared-library code (the demo seed and tests); an unknown code gets no dose. */
export function itemFromLibrary(code: string, rationale = "", patientReason = ""): ProgramItemFields {
  return itemFromExercise({ code: code as ExerciseDefinition["code"], dosage: exerciseByCode(code)?.dosage ?? { text: "" } }, rationale, patientReason);
}

/**
 * A clinic template an admin creates. Its exercises must be in the clinic's catalogue and allowed in
 * its phase: templateRuleErrors (rules.ts) checks that against the catalogue, on the form and the server.
 */
export const templateSchema = z.strictObject({
  name: z.string().trim().min(1, { message: "Name the template." }).max(100, { message: "At most 100 characters." }),
  phase: z.enum(PHASES, { message: "Choose the phase." }),
  description: optionalText(300),
  exerciseCodes: z
    .array(z.string().regex(EXERCISE_CODE, { message: "Choose exercises from the library." }))
    .min(1, { message: "Choose at least one exercise." })
    .max(30, { message: "A template holds at most 30 exercises." }),
});

export type TemplateInput = z.infer<typeof templateSchema>;
