import { z } from "zod";
import { newPasswordSchema } from "@/lib/core/auth/password-policy";

const MISMATCH = { message: "The two passwords do not match. Type the same password in both fields.", path: ["confirmPassword"] };

/**
 * Setting a password through a one-time link. The token is only length-checked: a malformed one is
 * refused like any unusable link, with the same words.
 */
export const setPasswordWithLinkSchema = z
  .strictObject({ token: z.string().max(100), password: newPasswordSchema, confirmPassword: z.string() })
  .refine((fields) => fields.password === fields.confirmPassword, MISMATCH);

export type SetPasswordWithLinkInput = z.infer<typeof setPasswordWithLinkSchema>;
