import { z } from "zod";
import { formNumber, formText } from "@/lib/core/form-text";
import { DOSE_LIMITS, PROGRAM_DOSE_LIMITS, doseNumber } from "@/lib/exercises/dose-limits";
import { exerciseByCode } from "@/lib/exercises/library";
import { PHASES, type ExerciseDefinition } from "@/lib/exercises/library-types";
import type { Dose } from "./load";

/**
 * A program as the editor sends it: the whole list of items, dose fields as typed ("" = not set), parsed
 * to numbers (null = not set); `…Fields` types are the form's text, the others what the server gets.
 * Whether a code is in the caller's catalogue (shared library or the clinic's own) and allowed in the
 * phase needs the clinic's exercises, so rules.ts checks that; this schema checks the code's form only.
 */
const EXERCISE_CODE = /^(EX|CX)\d{2,}$/;

const optionalText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

/** The why the patient reads on the portal and the handout. */
export const PATIENT_REASON_MAX = 300;

const doseFields = {
  exerciseCode: z.string().regex(EXERCISE_CODE, { message: "Choose an exercise from the library." }),
  sets: doseNumber(DOSE_LIMITS.sets),
  reps: doseNumber(DOSE_LIMITS.reps),
  holdSeconds: doseNumber(DOSE_LIMITS.holdSeconds),
  loadKg: formNumber((value) => Number.isFinite(value) && value >= 0 && value <= 500, "Load must be from 0 to 500 kg."),
  perWeek: doseNumber(DOSE_LIMITS.perWeek),
  perDay: doseNumber(DOSE_LIMITS.perDay),
  everyDays: doseNumber(PROGRAM_DOSE_LIMITS.everyDays),
  durationSeconds: doseNumber(PROGRAM_DOSE_LIMITS.durationSeconds),
  distanceM: doseNumber(PROGRAM_DOSE_LIMITS.distanceM),
  patientReason: z
    .string()
    .trim()
    .max(PATIENT_REASON_MAX, { message: `Keep the why for the patient to ${PATIENT_REASON_MAX} characters or fewer.` }),
};

export const programItemSchema = z.strictObject({
  ...doseFields,
  notes: optionalText(500),
  rationale: optionalText(300),
  overrideReason: optionalText(500),
  loadChangeReason: optionalText(500),
});

export type ProgramItemFields = z.input<typeof programItemSchema>;
export type ProgramItem = z.output<typeof programItemSchema>;

/**
 * An item's exercise and dose alone, other fields ignored: the editor's load guard reads them while the
 * rest of the item is still being typed.
 */
const { patientReason: _why, ...exerciseAndDose } = doseFields;
export const itemDoseSchema = z.object(exerciseAndDose);

/** One schedule per item (lib/programs/schedule.ts): a number of days a week, or every N days, not both. */
const oneSchedule = (item: { perWeek: number | null; everyDays: number | null }) => item.perWeek === null || item.everyDays === null;
const ONE_SCHEDULE = { message: "Give times a week or every … days, not both.", path: ["everyDays"] };

export const programFieldsSchema = z.strictObject({
  note: optionalText(500),
  items: z.array(programItemSchema.refine(oneSchedule, ONE_SCHEDULE)).max(30, { message: "A program holds at most 30 exercises." }),
});

export type ProgramFields = z.input<typeof programFieldsSchema>;
export type ProgramInput = z.output<typeof programFieldsSchema>;

/** Episode ids are UUIDs: anything else names no episode, and is refused before a query. */
export const episodeIdSchema = z.uuid();

export const saveProgramSchema = programFieldsSchema.extend({
  episodeId: episodeIdSchema,
  /** The version the edit started from (0 when there was none); a newer one means someone saved first. */
  baseVersion: z.number().int().min(0),
});

export type SaveProgramInput = z.infer<typeof saveProgramSchema>;

/** One exercise of a template: its code, its dose and the why the patient will read. */
export const templateItemSchema = z.strictObject(doseFields).refine(oneSchedule, ONE_SCHEDULE);

export type TemplateItemFields = z.input<typeof templateItemSchema>;
export type TemplateItem = z.output<typeof templateItemSchema>;

type DosedExercise = Pick<ExerciseDefinition, "code" | "dosage" | "purpose">;

/** A template item dosed from the exercise's defaults (domain.md §2.2 for the library), its why the exercise's purpose. */
export function templateItemFromExercise(exercise: DosedExercise): TemplateItem {
  const { dosage } = exercise;
  return {
    exerciseCode: exercise.code,
    sets: dosage.sets ?? null,
    reps: dosage.reps ?? null,
    holdSeconds: dosage.holdSeconds ?? null,
    loadKg: null,
    perWeek: dosage.perWeek ?? null,
    perDay: dosage.perDay ?? null,
    everyDays: dosage.everyDays ?? null,
    durationSeconds: dosage.durationSeconds ?? null,
    distanceM: null,
    patientReason: exercise.purpose ?? "",
  };
}

/**
 * A program item from a template item: the template's dose as stored, and its why; a template item
 * saved without a why gets the exercise's purpose (none for a clinic exercise).
 */
export function itemFromTemplate(item: TemplateItem, exercise: Pick<ExerciseDefinition, "purpose"> | undefined): ProgramItem {
  return { ...item, patientReason: item.patientReason || (exercise?.purpose ?? ""), notes: "", rationale: "", overrideReason: "", loadChangeReason: "" };
}

/**
 * A new item dosed from the exercise's defaults (shared library or clinic exercise alike). Its why is
 * the finding's when it comes from a suggestion, else the exercise's purpose (a clinic exercise has none).
 */
export function itemFromExercise(exercise: DosedExercise, rationale = "", patientReason?: string): ProgramItem {
  const item = templateItemFromExercise(exercise);
  return { ...itemFromTemplate(item, exercise), rationale, patientReason: patientReason || item.patientReason };
}

/** A new item for a shared-library code (the demo seed and tests); an unknown code gets no dose. */
export function itemFromLibrary(code: string, rationale = "", patientReason?: string): ProgramItem {
  const exercise = exerciseByCode(code);
  return itemFromExercise({ code: code as ExerciseDefinition["code"], dosage: exercise?.dosage ?? { text: "" }, purpose: exercise?.purpose }, rationale, patientReason);
}

/** A dose as the forms hold it ("" = not set): the inverse of the schemas' formNumber. */
export function doseFieldsOf(dose: Dose): Record<keyof Dose, string> {
  return {
    sets: formText(dose.sets),
    reps: formText(dose.reps),
    holdSeconds: formText(dose.holdSeconds),
    loadKg: formText(dose.loadKg),
    perWeek: formText(dose.perWeek),
    perDay: formText(dose.perDay),
    everyDays: formText(dose.everyDays),
    durationSeconds: formText(dose.durationSeconds),
    distanceM: formText(dose.distanceM),
  };
}

/** A program item as the editor's form holds it. */
export const toItemFields = (item: ProgramItem): ProgramItemFields => ({ ...item, ...doseFieldsOf(item) });

/** A template item as the template form holds it. */
export const toTemplateItemFields = (item: TemplateItem): TemplateItemFields => ({ ...item, ...doseFieldsOf(item) });

/**
 * A clinic template an admin creates: its exercises, each with a dose and a why. The exercises must be in
 * the clinic's catalogue and allowed in its phase: templateRuleErrors (rules.ts) checks that against the
 * catalogue, on the form and the server.
 */
export const templateSchema = z.strictObject({
  name: z.string().trim().min(1, { message: "Name the template." }).max(100, { message: "At most 100 characters." }),
  phase: z.enum(PHASES, { message: "Choose the phase." }),
  description: optionalText(300),
  items: z.array(templateItemSchema).min(1, { message: "Choose at least one exercise." }).max(30, { message: "A template holds at most 30 exercises." }),
});

export type TemplateFields = z.input<typeof templateSchema>;
export type TemplateInput = z.output<typeof templateSchema>;
