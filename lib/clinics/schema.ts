import { z } from "zod";
import { signInEmailSchema } from "@/lib/core/auth/sign-in-email";
import { isKnownTimeZone } from "@/lib/core/time-zones";
import { isVisitMinutes, VISIT_MINUTES } from "./visit-types";

export const CLINIC_NAME_MAX = 120;

const clinicName = (emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, { message: emptyMessage })
    .max(CLINIC_NAME_MAX, { message: `The clinic's name must be at most ${CLINIC_NAME_MAX} characters.` });

/** `npm run setup`: a new clinic and the e-mail of its first admin. */
export const setUpClinicSchema = z.strictObject({
  clinicName: clinicName('Give the clinic a name: --clinic "Northside Physio".'),
  adminEmail: signInEmailSchema("Give the first admin's e-mail: --admin admin@clinic.example.", "Give the first admin's e-mail: --admin admin@clinic.example."),
  adminName: z.string().trim().min(1).max(120).default("Clinic administrator"),
});

export type SetUpClinicInput = z.input<typeof setUpClinicSchema>;

export const TIME_ZONE_NOT_LISTED = "Choose the clinic's time zone from the list.";

/** A visit length as typed: whole minutes within VISIT_MINUTES, handed on as a number. */
const visitMinutes = (visit: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Enter how long ${visit} lasts, in minutes.` })
    .refine((text) => text === "" || (/^\d{1,4}$/.test(text) && isVisitMinutes(Number(text))), {
      message: `Enter ${visit}'s length in whole minutes from ${VISIT_MINUTES.min} to ${VISIT_MINUTES.max}, in steps of ${VISIT_MINUTES.step}.`,
    })
    .transform(Number);

/**
 * Clinic settings (admins). The zone must be one the runtime knows; the server accepts only the zones
 * its list offers (lib/core/time-zones.ts selectableTimeZones), on the same field.
 */
export const clinicSettingsFieldsSchema = z.strictObject({
  name: clinicName("Enter the clinic's name."),
  timeZone: z.string().refine(isKnownTimeZone, { message: TIME_ZONE_NOT_LISTED }),
  assessmentMinutes: visitMinutes("an assessment"),
  treatmentMinutes: visitMinutes("a treatment visit"),
  reviewMinutes: visitMinutes("a review"),
  telehealthMinutes: visitMinutes("a telehealth visit"),
});

export const updateClinicSettingsSchema = clinicSettingsFieldsSchema.extend({
  /** The settings' version the form was loaded at; a newer one means another admin saved first. */
  version: z.number().int().positive(),
});

export type ClinicSettingsFields = z.input<typeof updateClinicSettingsSchema>;
export type UpdateClinicSettingsInput = z.infer<typeof updateClinicSettingsSchema>;
