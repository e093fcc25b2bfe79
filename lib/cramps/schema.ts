import { z } from "zod";
import { CRAMP_DURATION } from "./duration";

/** domain.md §1.6 `context` (EAMC vs nocturnal cramp split [S43] [S44]), in words a patient uses. */
export const CRAMP_CONTEXT_LABELS = {
  NIGHT_SLEEP: "At night, asleep",
  REST_LYING_AWAKE: "At night, lying awake",
  REST_SITTING: "Sitting",
  DURING_EXERCISE: "During exercise",
  POST_EXERCISE: "Within an hour after exercise",
  OTHER: "Other",
} as const;

/** domain.md §1.6 `muscle_site`. */
export const MUSCLE_SITE_LABELS = {
  HAMSTRING_MEDIAL: "Hamstring, inner side",
  HAMSTRING_LATERAL: "Hamstring, outer side",
  HAMSTRING_UNSPECIFIED: "Hamstring, not sure where",
  CALF: "Calf",
  FOOT: "Foot",
  QUADRICEPS: "Front of thigh",
  ADDUCTORS: "Inner thigh (groin)",
  OTHER: "Other muscle",
} as const;

export const CRAMP_SIDE_LABELS = { LEFT: "Left", RIGHT: "Right", BOTH: "Both" } as const;

/** domain.md §1.6 `relief_method`; a gentle static stretch is first-line [S43]. */
export const RELIEF_METHOD_LABELS = {
  STATIC_STRETCH: "Gentle stretch",
  MASSAGE: "Massage",
  WALKING: "Walking",
  OTHER: "Something else",
  NONE: "Nothing",
} as const;

/**
 * After a cramp, signs that the muscle may be strained rather than cramped (issue #11 [design]: the
 * warning signs the product brief names): any of them sends the patient to the clinic. "NONE" says the
 * patient checked and saw none; no answer at all is stored as unknown.
 */
export const STRAIN_SIGN_LABELS = {
  POP: "I felt a pop",
  BRUISING: "Bruising",
  TROUBLE_STRAIGHTENING: "Trouble straightening the knee",
  LASTING_TENDERNESS: "Tenderness that lasts",
  NONE: "None of these",
} as const;

export type CrampContext = keyof typeof CRAMP_CONTEXT_LABELS;
export type StrainSign = keyof typeof STRAIN_SIGN_LABELS;
export type MuscleSite = keyof typeof MUSCLE_SITE_LABELS;
export type CrampSide = keyof typeof CRAMP_SIDE_LABELS;
export type ReliefMethod = keyof typeof RELIEF_METHOD_LABELS;

const keys = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/** Severity as NPRS 0–10, the practical equivalent of the VAS the sources used (domain.md §1.6 [design]). */
export const CRAMP_SEVERITY = { min: 0, max: 10 } as const;
/** Fluid intake in the previous 24 h, ml (domain.md §1.6 fluid_intake_ml_prev_24h). */
export const FLUID_INTAKE_ML = { min: 0, max: 10_000 } as const;
/** How far back a cramp may be logged, and how far ahead a phone's clock may run. [design] */
export const ONSET_LIMITS = { maxAgeDays: 365, futureToleranceMinutes: 5 } as const;
const NOTES_MAX = 1000;

const severityMessage = `Choose how bad it was, from ${CRAMP_SEVERITY.min} to ${CRAMP_SEVERITY.max}.`;
const durationMessage = `Enter how long it lasted: from ${CRAMP_DURATION.minSeconds} second to ${CRAMP_DURATION.maxSeconds / 60} minutes.`;
const fluidMessage = `Enter the fluid you drank in millilitres, from ${FLUID_INTAKE_ML.min} to ${FLUID_INTAKE_ML.max.toLocaleString("en")}.`;

/**
 * One cramp as the patient logs it (domain.md §1.6 fields), shared by the portal form and the server
 * action. Choices start unset so the patient answers each one; onset, relief, fluid and notes may stay
 * as they are.
 */
export const crampFieldsSchema = z.strictObject({
  onsetAt: z.iso
    .datetime({ offset: true, message: "Enter when the cramp started." })
    .refine((iso) => Date.parse(iso) <= Date.now() + ONSET_LIMITS.futureToleranceMinutes * 60_000, {
      message: "The time cannot be in the future.",
    })
    .refine((iso) => Date.parse(iso) >= Date.now() - ONSET_LIMITS.maxAgeDays * 86_400_000, {
      message: "Only cramps from the last 12 months can be logged.",
    }),
  context: z.enum(keys(CRAMP_CONTEXT_LABELS), { message: "Choose what you were doing when it started." }),
  muscleSite: z.enum(keys(MUSCLE_SITE_LABELS), { message: "Choose the muscle that cramped." }),
  side: z.enum(keys(CRAMP_SIDE_LABELS), { message: "Choose the side." }),
  durationSeconds: z
    .number({ message: durationMessage })
    .int({ message: durationMessage })
    .min(CRAMP_DURATION.minSeconds, { message: durationMessage })
    .max(CRAMP_DURATION.maxSeconds, { message: durationMessage }),
  severity: z
    .number({ message: severityMessage })
    .int({ message: severityMessage })
    .min(CRAMP_SEVERITY.min, { message: severityMessage })
    .max(CRAMP_SEVERITY.max, { message: severityMessage }),
  stoppedActivity: z.boolean({ message: "Answer yes or no." }),
  reliefMethods: z
    .array(z.enum(keys(RELIEF_METHOD_LABELS), { message: "Choose from the list." }))
    .refine((methods) => new Set(methods).size === methods.length, { message: "Choose each method once." })
    .refine((methods) => !methods.includes("NONE") || methods.length === 1, { message: "“Nothing” cannot be combined with other methods." }),
  fluidIntakeMl: z
    .number({ message: fluidMessage })
    .int({ message: fluidMessage })
    .min(FLUID_INTAKE_ML.min, { message: fluidMessage })
    .max(FLUID_INTAKE_ML.max, { message: fluidMessage })
    .nullable(),
  systemicSymptoms: z.boolean({ message: "Answer yes or no." }),
  strainSigns: z
    .array(z.enum(keys(STRAIN_SIGN_LABELS), { message: "Choose from the list." }), { message: "Choose the signs you noticed, or none of these." })
    .refine((signs) => new Set(signs).size === signs.length, { message: "Choose each sign once." })
    .refine((signs) => !signs.includes("NONE") || signs.length === 1, { message: "“None of these” cannot be combined with a sign." }),
  notes: z.string().trim().max(NOTES_MAX, { message: `Notes must be at most ${NOTES_MAX.toLocaleString("en")} characters.` }),
});

export type CrampFields = z.infer<typeof crampFieldsSchema>;

export const logCrampSchema = crampFieldsSchema.extend({
  /** Made by the form for each new entry, so a double-submitted or retried entry is stored once. */
  idempotencyKey: z.uuid(),
});

export type LogCrampInput = z.infer<typeof logCrampSchema>;
