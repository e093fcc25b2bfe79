import { z } from "zod";
import { formNumber } from "@/lib/core/form-number";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { DOSE_LIMITS, isLoadKg, LOAD_KG_LIMITS, PROGRAM_DOSE_LIMITS } from "@/lib/exercises/dose-limits";
import { PHASES } from "@/lib/exercises/library-types";
import { doseNumber } from "@/lib/exercises/schema";
import { PATIENT_REASON_MAX } from "./items";
import { templateRuleErrors } from "./rules";

/**
 * A program as the editor sends it: the whole list of items, dose fields as typed ("" = not set), parsed
 * to numbers (null = not set); `…Fields` types are the form's text, the others what the server gets.
 * Whether a code is in the caller's catalogue (shared library or the clinic's own) and allowed in the
 * phase needs the clinic's exercises, so rules.ts checks that; this schema checks the code's form only.
 * Making items and turning them into form text is items.ts, free of zod for the editors.
 */
const EXERCISE_CODE = /^(EX|CX)\d{2,}$/;

const optionalText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

const doseFields = {
  exerciseCode: z.string().regex(EXERCISE_CODE, { message: "Choose an exercise from the library." }),
  sets: doseNumber(DOSE_LIMITS.sets),
  reps: doseNumber(DOSE_LIMITS.reps),
  holdSeconds: doseNumber(DOSE_LIMITS.holdSeconds),
  loadKg: formNumber(isLoadKg, `Load must be from ${LOAD_KG_LIMITS.min} to ${LOAD_KG_LIMITS.max} kg.`),
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

/** The template schema plus templateRuleErrors for one catalogue: the admin's form validates with it. */
export function templateSchemaFor(catalogue: ExerciseCatalogue) {
  return templateSchema.superRefine((template, ctx) => {
    for (const [path, messages] of Object.entries(templateRuleErrors(template, catalogue))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message });
    }
  });
}
