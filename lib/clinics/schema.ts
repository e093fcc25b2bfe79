import { z } from "zod";
import { signInEmailSchema } from "@/lib/core/auth/sign-in-email";

/** `npm run setup`: a new clinic and the e-mail of its first admin. */
export const setUpClinicSchema = z.strictObject({
  clinicName: z
    .string()
    .trim()
    .min(1, { message: "Give the clinic a name: --clinic \"Northside Physio\"." })
    .max(120, { message: "The clinic's name must be at most 120 characters." }),
  adminEmail: signInEmailSchema("Give the first admin's e-mail: --admin admin@clinic.example.", "Give the first admin's e-mail: --admin admin@clinic.example."),
  adminName: z.string().trim().min(1).max(120).default("Clinic administrator"),
});

export type SetUpClinicInput = z.input<typeof setUpClinicSchema>;
