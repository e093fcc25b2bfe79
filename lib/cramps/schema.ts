import { z } from "zod";
import { CRAMP_DURATION } from "./duration";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS, STRAIN_SIGN_LABELS } from "./labels";
import { CRAMP_SEVERITY, FLUID_INTAKE_ML } from "./limits";

const keys = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

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
