import { z } from "zod";
import { programItemSchema } from "@/lib/programs/schema";
import { isCalendarDate } from "@/lib/core/calendar";
import { NPRS_RANGE } from "./pain-scores";

export { PAIN_SCORES } from "./pain-scores";

const painScore = z
  .number({ message: "Choose a number from 0 to 10." })
  .int({ message: "Choose a number from 0 to 10." })
  .min(NPRS_RANGE.min, { message: "Choose a number from 0 to 10." })
  .max(NPRS_RANGE.max, { message: "Choose a number from 0 to 10." });

const isoDate = z.string().refine(isCalendarDate, { message: "That date is not valid." });

/** A patient's one-tap "done as prescribed"; the key is made by the client per intent (submission-intent.ts). */
export const logExerciseSchema = z.strictObject({
  /** A program item id (a bigint, sent as digits). */
  programItemId: z.string().regex(/^[1-9]\d{0,17}$/, { message: "That exercise does not exist." }),
  idempotencyKey: z.uuid({ message: "Reload the page and try again." }),
  /** The plan's day as the page showed it; the server accepts today or yesterday in the patient's zone. */
  performedOn: isoDate,
});

/** What the patient did differently from the prescription; "" = not done / not set, as in the editor. */
export const doseFieldsSchema = programItemSchema.pick({ sets: true, reps: true, holdSeconds: true, loadKg: true });
export type DoseFields = z.input<typeof doseFieldsSchema>;

export const noteFieldsSchema = z.strictObject({
  note: z.string().trim().max(500, { message: "A note can have at most 500 characters." }),
});
export type NoteFields = z.infer<typeof noteFieldsSchema>;

/** A same-day correction of one log, based on the version the patient saw. */
export const correctLogSchema = z
  .strictObject({
    logId: z.uuid(),
    version: z.number().int().positive(),
    painDuring: painScore.optional(),
    note: noteFieldsSchema.shape.note.optional(),
    dose: doseFieldsSchema.optional(),
  })
  .refine((input) => input.painDuring !== undefined || input.note !== undefined || input.dose !== undefined, {
    message: "Nothing to change.",
  });

export const morningPainSchema = z.strictObject({
  /** The exercise day the answer is about: yesterday in the patient's zone. */
  sessionDate: isoDate,
  pain: painScore,
});

export type LogExerciseInput = z.infer<typeof logExerciseSchema>;
export type CorrectLogInput = z.infer<typeof correctLogSchema>;
export type MorningPainInput = z.infer<typeof morningPainSchema>;
