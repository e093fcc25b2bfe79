import { z } from "zod";
import { isCalendarDate } from "@/lib/core/calendar";
import { latestTodayOnEarth } from "@/lib/core/dates";

const EARLIEST_BIRTH_DATE = "1900-01-01";
export const BIRTH_DATE_IN_FUTURE = "Date of birth cannot be in the future.";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, { message: `${label} must be at most ${max} characters.` });

/**
 * One patient's editable fields, as the form sends them: strings, with "" for an empty optional
 * field. Strict, so a request with extra fields is refused rather than half-read. The same schema
 * validates the client form and the server action.
 */
export const patientFieldsSchema = z.strictObject({
  firstName: z.string().trim().min(1, { message: "Enter a first name." }).max(100, { message: "First name must be at most 100 characters." }),
  lastName: z.string().trim().min(1, { message: "Enter a last name." }).max(100, { message: "Last name must be at most 100 characters." }),
  dateOfBirth: z
    .string()
    .min(1, { message: "Enter a date of birth." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter a date of birth as YYYY-MM-DD." })
    .refine(isCalendarDate, { message: "Enter a real calendar date." })
    .refine((value) => value >= EARLIEST_BIRTH_DATE, { message: "Date of birth must be in 1900 or later." })
    // Against the clinic's today on the server (mutations.ts); here only the latest day anywhere.
    .refine((value) => value <= latestTodayOnEarth(), { message: BIRTH_DATE_IN_FUTURE }),
  sex: z.enum(["FEMALE", "MALE", "OTHER", "UNKNOWN"], { message: "Choose a sex." }),
  dominantLeg: z.enum(["", "LEFT", "RIGHT"], { message: "Choose left, right or not recorded." }),
  sport: optionalText(100, "Sport or activity"),
  email: z.union([z.literal(""), z.string().trim().max(254).email({ message: "Enter an e-mail address like name@example.com." })]),
  phone: z
    .string()
    .trim()
    .max(30, { message: "Phone must be at most 30 characters." })
    .regex(/^$|^\+?[0-9 ()-]{6,30}$/, { message: "Enter a phone number using digits, spaces, + ( ) or -." }),
  recordNumber: z
    .string()
    .trim()
    .min(1, { message: "Enter a record number." })
    .max(30, { message: "Record number must be at most 30 characters." })
    .regex(/^[A-Za-z0-9][A-Za-z0-9/-]*$/, { message: "Use letters, digits, - or / for the record number." }),
  notes: optionalText(2000, "Notes"),
});

export type PatientFields = z.infer<typeof patientFieldsSchema>;

export const patientIdSchema = z.uuid({ message: "Not a patient id." });

export const createPatientSchema = patientFieldsSchema;

export const updatePatientSchema = patientFieldsSchema.extend({
  id: patientIdSchema,
  /** The version the edit was based on; a newer one in the database means someone else saved first. */
  version: z.number().int().positive(),
});

export const setPatientArchivedSchema = z.strictObject({
  id: patientIdSchema,
  archived: z.boolean(),
});

export type UpdatePatientInput = z.infer<typeof updatePatientSchema>;
export type SetPatientArchivedInput = z.infer<typeof setPatientArchivedSchema>;

export const EMPTY_PATIENT_FIELDS: PatientFields = {
  firstName: "",
  lastName: "",
  dateOfBirth: "",
  sex: "UNKNOWN",
  dominantLeg: "",
  sport: "",
  email: "",
  phone: "",
  recordNumber: "",
  notes: "",
};
