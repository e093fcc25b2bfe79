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

/** Changing one's own password: the current one, and the new one typed twice. */
export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().min(1, { message: "Enter your current password." }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((fields) => fields.newPassword === fields.confirmPassword, MISMATCH)
  .refine((fields) => fields.newPassword !== fields.currentPassword, { message: "Choose a password different from your current one.", path: ["newPassword"] });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
