import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 8;

/**
 * Policy for any password a person sets. Sign-in does not apply it, so it reveals nothing. Kept apart
 * from the hashing so a client form can validate with it without shipping bcrypt to the browser.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { message: "Use at most 200 characters." });
