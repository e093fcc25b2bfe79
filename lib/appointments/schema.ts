import { z } from "zod";
import { isVisitMinutes, VISIT_MINUTES, VISIT_TYPES } from "@/lib/clinics/visit-types";
import { isWallClock } from "./clinic-clock";
import { REASON_MAX } from "./labels";

/** The start as the clinic's wall clock ("2026-12-08T09:30"); the server reads it in the clinic's zone. */
const start = z.string().trim().refine(isWallClock, { message: "Enter the day and time the visit starts." });

const minutes = z
  .string()
  .trim()
  .refine((text) => /^\d{1,4}$/.test(text) && isVisitMinutes(Number(text)), {
    message: `Enter the length in whole minutes from ${VISIT_MINUTES.min} to ${VISIT_MINUTES.max}, in steps of ${VISIT_MINUTES.step}.`,
  })
  .transform(Number);

const reason = (empty: string) =>
  z
    .string()
    .trim()
    .min(1, { message: empty })
    .max(REASON_MAX, { message: `The reason must be at most ${REASON_MAX} characters.` });

const clinicianId = z.uuid({ message: "Choose the clinician." });
const type = z.enum(VISIT_TYPES, { message: "Choose the kind of visit." });

/** What the booking form holds (the patient comes from the page, the requestId from the form's opening). */
export const bookAppointmentFieldsSchema = z.strictObject({
  clinicianId,
  type,
  start,
  minutes,
  /** "" for a visit outside any episode of care. */
  episodeId: z.union([z.literal(""), z.uuid({ message: "Choose one of the patient's episodes, or none." })]),
});

export const bookAppointmentSchema = bookAppointmentFieldsSchema.extend({
  patientId: z.uuid(),
  /** Made once when the form opens, so a double submission books one visit. */
  requestId: z.uuid(),
});

/** Changing a booked visit: any of its time, length, clinician (a hand-over) and type, always with a reason. */
export const moveAppointmentFieldsSchema = z.strictObject({ start, minutes, clinicianId, type, reason: reason("Say why the visit changes, e.g. the patient asked.") });

export const moveAppointmentSchema = moveAppointmentFieldsSchema.extend({ appointmentId: z.uuid(), version: z.number().int().positive() });

export const cancelAppointmentFieldsSchema = z.strictObject({ reason: reason("Say why the visit is cancelled.") });

export const cancelAppointmentSchema = cancelAppointmentFieldsSchema.extend({ appointmentId: z.uuid(), version: z.number().int().positive() });

export const markAppointmentSchema = z.strictObject({
  appointmentId: z.uuid(),
  version: z.number().int().positive(),
  outcome: z.enum(["ATTENDED", "NO_SHOW"]),
});

export type BookAppointmentFields = z.input<typeof bookAppointmentFieldsSchema>;
export type BookAppointmentInput = z.infer<typeof bookAppointmentSchema>;
export type MoveAppointmentFields = z.input<typeof moveAppointmentFieldsSchema>;
export type MoveAppointmentInput = z.infer<typeof moveAppointmentSchema>;
export type CancelAppointmentFields = z.input<typeof cancelAppointmentFieldsSchema>;
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentSchema>;
export type MarkAppointmentInput = z.infer<typeof markAppointmentSchema>;
