import { z } from "zod";

/**
 * A number typed into a form. Forms hold text ("" = not set); this schema checks it and hands the
 * server a number, or null where nothing was set: the one conversion from form text, on the form's
 * resolver and the server action alike. readFormNumber (form-text.ts) reads the same way without zod;
 * formText is the way back, for a form's default values.
 */
export const formNumber = (valid: (value: number) => boolean, message: string) =>
  z
    .string()
    .trim()
    .refine((text) => text === "" || valid(Number(text)), { message })
    .transform((text) => (text === "" ? null : Number(text)));
