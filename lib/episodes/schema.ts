import { z } from "zod";
import { isCalendarDate } from "@/lib/core/calendar";
import { latestTodayOnEarth } from "@/lib/core/dates";

export const ONSET_DATE_IN_FUTURE = "The onset date cannot be in the future.";

export const openEpisodeFieldsSchema = z.strictObject({
  diagnosis: z
    .string()
    .trim()
    .min(1, { message: "Enter the diagnosis, e.g. right hamstring strain." })
    .max(200, { message: "Diagnosis must be at most 200 characters." }),
  // ICD-10 shape: a letter, two digits, optionally a dot and up to four more characters (S76.3, S76.311A).
  icd10Code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^$|^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$/, { message: "Enter an ICD-10 code like S76.3, or leave it empty." }),
  side: z.enum(["LEFT", "RIGHT", "BOTH"], { message: "Choose the injured side." }),
  onsetDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter the onset date." })
    .refine(isCalendarDate, { message: "Enter a real calendar date." })
    // Against the clinic's today on the server (mutations.ts); here only the latest day anywhere.
    .refine((value) => value <= latestTodayOnEarth(), { message: ONSET_DATE_IN_FUTURE }),
  mechanism: z.enum(["SPRINTING", "STRETCHING", "OTHER"], { message: "Choose how the injury happened." }),
  clinicianId: z.uuid({ message: "Choose the responsible clinician." }),
});

export type OpenEpisodeFields = z.infer<typeof openEpisodeFieldsSchema>;

export const openEpisodeSchema = openEpisodeFieldsSchema.extend({
  patientId: z.uuid(),
  /** Made once when the form opens, so a double submission opens one episode. */
  requestId: z.uuid(),
});

export const changePhaseSchema = z
  .strictObject({
    episodeId: z.uuid(),
    version: z.number().int().positive(),
    direction: z.enum(["advance", "step-back"]),
    reason: z.string().trim().max(1000, { message: "The note must be at most 1,000 characters." }),
  })
  .refine((input) => input.direction === "advance" || input.reason.length > 0, {
    message: "Say why the patient is stepping back, e.g. a flare-up.",
    path: ["reason"],
  });

export const setEpisodeStatusSchema = z.strictObject({
  episodeId: z.uuid(),
  version: z.number().int().positive(),
  status: z.enum(["ACTIVE", "ON_HOLD", "FINISHED"]),
});

export const episodeIdSchema = z.uuid();

export type OpenEpisodeInput = z.infer<typeof openEpisodeSchema>;
export type ChangePhaseInput = z.infer<typeof changePhaseSchema>;
export type SetEpisodeStatusInput = z.infer<typeof setEpisodeStatusSchema>;
