import { z } from "zod";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import { PHASES } from "@/lib/exercises/library-types";

/**
 * A program as the editor sends it: the whole list of items, dose fields as typed ("" = not set).
 * Dose limits are [design] input guards against typos, not clinical limits.
 */
const DOSE_LIMITS = {
  sets: { min: 1, max: 20, label: "Sets" },
  reps: { min: 1, max: 100, label: "Reps" },
  holdSeconds: { min: 1, max: 600, label: "Hold (s)" },
  perWeek: { min: 1, max: 14, label: "Times a week" },
  perDay: { min: 1, max: 6, label: "Times a day" },
} as const;

const wholeNumber = ({ min, max, label }: { min: number; max: number; label: string }) =>
  z
    .string()
    .trim()
    .refine((text) => text === "" || (Number.isInteger(Number(text)) && Number(text) >= min && Number(text) <= max), {
      message: `${label} must be a whole number from ${min} to ${max}.`,
    });

const optionalText = (max: number) => z.string().trim().max(max, { message: `At most ${max} characters.` });

export const programItemSchema = z.strictObject({
  exerciseCode: z.string().refine((code) => exerciseByCode(code) !== undefined, { message: "Choose an exercise from the library." }),
  sets: wholeNumber(DOSE_LIMITS.sets),
  reps: wholeNumber(DOSE_LIMITS.reps),
  holdSeconds: wholeNumber(DOSE_LIMITS.holdSeconds),
  loadKg: z
    .string()
    .trim()
    .refine((text) => text === "" || (Number.isFinite(Number(text)) && Number(text) >= 0 && Number(text) <= 500), {
      message: "Load must be from 0 to 500 kg.",
    }),
  perWeek: wholeNumber(DOSE_LIMITS.perWeek),
  perDay: wholeNumber(DOSE_LIMITS.perDay),
  notes: optionalText(500),
  rationale: optionalText(300),
  patientReason: optionalText(300),
  overrideReason: optionalText(500),
  loadChangeReason: optionalText(500),
});

export type ProgramItemFields = z.infer<typeof programItemSchema>;

export const programFieldsSchema = z.strictObject({
  note: optionalText(500),
  items: z.array(programItemSchema).max(30, { message: "A program holds at most 30 exercises." }),
});

export type ProgramFields = z.infer<typeof programFieldsSchema>;

export const saveProgramSchema = programFieldsSchema.extend({
  episodeId: z.uuid(),
  /** The version the edit started from (0 when there was none); a newer one means someone saved first. */
  baseVersion: z.number().int().min(0),
});

export type SaveProgramInput = z.infer<typeof saveProgramSchema>;

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

/** A new item dosed from the library's defaults. */
export function itemFromLibrary(code: string, rationale = "", patientReason = ""): ProgramItemFields {
  const dosage = exerciseByCode(code)?.dosage;
  return {
    exerciseCode: code,
    sets: text(dosage?.sets),
    reps: text(dosage?.reps),
    holdSeconds: text(dosage?.holdSeconds),
    loadKg: "",
    perWeek: text(dosage?.perWeek),
    perDay: text(dosage?.perDay),
    notes: "",
    rationale,
    patientReason,
    overrideReason: "",
    loadChangeReason: "",
  };
}

/** A clinic template an admin creates: exercises of the library that are allowed in its phase. */
export const templateSchema = z
  .strictObject({
    name: z.string().trim().min(1, { message: "Name the template." }).max(100, { message: "At most 100 characters." }),
    phase: z.enum(PHASES, { message: "Choose the phase." }),
    description: optionalText(300),
    exerciseCodes: z
      .array(z.string())
      .min(1, { message: "Choose at least one exercise." })
      .max(30, { message: "A template holds at most 30 exercises." }),
  })
  .superRefine((template, ctx) => {
    for (const code of template.exerciseCodes) {
      const exercise = exerciseByCode(code);
      if (!exercise || !isAllowedInPhase(exercise, template.phase)) {
        ctx.addIssue({ code: "custom", path: ["exerciseCodes"], message: `${exercise?.name ?? code} is not allowed in this phase.` });
      }
    }
  });

export type TemplateInput = z.infer<typeof templateSchema>;
