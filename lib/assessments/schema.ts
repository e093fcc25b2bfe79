import { z } from "zod";
import { isCalendarDate } from "@/lib/core/calendar";
import { latestTodayOnEarth } from "@/lib/core/dates";
import { BODY_MASS_RANGE, MEASURES, type MeasureCode } from "./catalogue";
import type { MeasureDefinition } from "./catalogue-types";

/**
 * The assessment form's values and their validation, generated from the measure catalogue so the
 * ranges, units and method lists live in one place. The same schema validates the client form and
 * the server action. Inputs are strings as typed ("" = not measured); every measure is optional.
 */
/** A yes/no asked with a value (pain on testing): "" means it was not asked, which is not a "no". */
export const PAIN_ON_TESTING = ["", "yes", "no"] as const;
export type PainOnTesting = (typeof PAIN_ON_TESTING)[number];

export type MeasureFormValue = {
  left: string;
  right: string;
  value: string;
  method: string;
  choice: string;
  flagLeft: PainOnTesting;
  flagRight: PainOnTesting;
  contexts: Record<string, string>;
};

export type AssessmentFormValues = {
  assessedOn: string;
  clinicianId: string;
  /** "" when the assessment belongs to no episode of care. */
  episodeId: string;
  bodyMassKg: string;
  notes: string;
  measures: Record<MeasureCode, MeasureFormValue>;
};

type Range = { min: number; max: number; step: number };

/** "" or a number within the range; the message names the field and the range with its unit. */
function numberText(name: string, range: Range, unit: string) {
  const limits = `between ${range.min} and ${range.max}${unit}`;
  return z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      if (text === "") return;
      const value = Number(text);
      if (!Number.isFinite(value)) ctx.addIssue({ code: "custom", message: `${name}: enter a number ${limits}.` });
      else if (value < range.min || value > range.max) ctx.addIssue({ code: "custom", message: `${name} must be ${limits}.` });
      else if (range.step === 1 && !Number.isInteger(value)) ctx.addIssue({ code: "custom", message: `${name} must be a whole number.` });
    });
}

function oneOf(values: readonly string[], message: string) {
  return z.string().refine((value) => value === "" || values.includes(value), { message });
}

/** The unit after a range's upper limit: "90°", "120 cm"; scores out of 10 need none. */
const unitSuffix = (measure: MeasureDefinition) =>
  measure.unit.symbol === "°" ? "°" : measure.kind === "quantity" && /^[a-z]/i.test(measure.unit.symbol) ? ` ${measure.unit.symbol}` : "";

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function measureSchema(measure: MeasureDefinition) {
  const unit = unitSuffix(measure);
  const side = (label: string) =>
    measure.kind === "quantity" ? numberText(`${label} ${measure.abbreviation}`, measure.range, unit) : oneOf(
      Array.from({ length: measure.range.max - measure.range.min + 1 }, (_, i) => String(measure.range.min + i)),
      `Choose a value from the list for ${label.toLowerCase()} ${measure.abbreviation}.`,
    );
  const contexts = Object.fromEntries(
    (measure.contexts ?? []).map((context) => [
      context.value,
      numberText(capitalized(`${measure.abbreviation} ${context.label.toLowerCase()}`), measure.range, unit),
    ]),
  );
  return z.strictObject({
    left: measure.bilateral ? side("Left") : z.literal(""),
    right: measure.bilateral ? side("Right") : z.literal(""),
    value: measure.bilateral || measure.contexts ? z.literal("") : numberText(capitalized(measure.abbreviation), measure.range, unit),
    method: oneOf(measure.methods.map((method) => method.value), `Choose a method for ${measure.abbreviation} from the list.`),
    choice: oneOf(measure.choice?.options.map((option) => option.value) ?? [], `Choose from the list for ${measure.abbreviation}.`),
    flagLeft: z.enum(PAIN_ON_TESTING, { message: `Choose yes, no or not tested for ${measure.abbreviation}, left.` }),
    flagRight: z.enum(PAIN_ON_TESTING, { message: `Choose yes, no or not tested for ${measure.abbreviation}, right.` }),
    contexts: z.strictObject(contexts),
  })
    // Pain on testing belongs to a test that was done: an answer without its grade would be dropped.
    .superRefine((value, context) => {
      for (const [flag, side, word] of [["flagLeft", "left", "left"], ["flagRight", "right", "right"]] as const) {
        if (value[flag] !== "" && value[side].trim() === "") {
          context.addIssue({ code: "custom", path: [flag], message: `Enter the ${word} ${measure.abbreviation} grade to record pain on testing.` });
        }
      }
    });
}

const measuresSchema = z.strictObject(
  Object.fromEntries(MEASURES.map((measure) => [measure.code, measureSchema(measure)])) as Record<MeasureCode, ReturnType<typeof measureSchema>>,
);

export const ASSESSMENT_DATE_IN_FUTURE = "The assessment date cannot be in the future.";

export const assessmentFieldsSchema = z.strictObject({
  assessedOn: z
    .string()
    .min(1, { message: "Enter the assessment date." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter the date as YYYY-MM-DD." })
    .refine(isCalendarDate, { message: "Enter a real calendar date." })
    // Against the clinic's today on the server (mutations.ts); here only the latest day anywhere.
    .refine((value) => value <= latestTodayOnEarth(), { message: ASSESSMENT_DATE_IN_FUTURE }),
  clinicianId: z.uuid({ message: "Choose the clinician who assessed." }),
  episodeId: z.union([z.literal(""), z.uuid({ message: "Choose an episode from the list." })]),
  bodyMassKg: numberText("Body mass", BODY_MASS_RANGE, " kg"),
  notes: z.string().trim().max(4000, { message: "Notes must be at most 4,000 characters." }),
  measures: measuresSchema,
});

export const createAssessmentSchema = assessmentFieldsSchema.extend({
  patientId: z.uuid(),
  /** Made once when the form opens, so a double submission stores one assessment. */
  requestId: z.uuid(),
});
export const updateAssessmentSchema = assessmentFieldsSchema.extend({
  id: z.uuid(),
  /** The version the correction was based on; a newer one means someone else saved first. */
  version: z.number().int().positive(),
});
export const assessmentIdSchema = z.uuid();

export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;
export type UpdateAssessmentInput = z.infer<typeof updateAssessmentSchema>;

export function emptyMeasureValue(measure: MeasureDefinition): MeasureFormValue {
  return {
    left: "",
    right: "",
    value: "",
    // The first method is preselected so a value is never stored without its protocol.
    method: measure.methods[0]?.value ?? "",
    choice: "",
    flagLeft: "",
    flagRight: "",
    contexts: Object.fromEntries((measure.contexts ?? []).map((context) => [context.value, ""])),
  };
}

/** A blank form dated `assessedOn`: the clinic's today for a new assessment (the page's loader knows it). */
export function emptyAssessment(clinicianId: string, assessedOn: string, episodeId = ""): AssessmentFormValues {
  return {
    assessedOn,
    clinicianId,
    episodeId,
    bodyMassKg: "",
    notes: "",
    measures: Object.fromEntries(MEASURES.map((measure) => [measure.code, emptyMeasureValue(measure)])) as Record<MeasureCode, MeasureFormValue>,
  };
}
