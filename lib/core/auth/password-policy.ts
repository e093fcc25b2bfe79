import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";
import { MIN_PASSWORD_LENGTH } from "./password-length";

const COMMON = new Set(COMMON_PASSWORDS.map((password) => password.toLowerCase()));

/** Whether a password is one of the 1,000 most common (case-insensitive): the first ones an attacker tries. */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/**
 * Policy for any password a person sets. Sign-in does not apply it, so it reveals nothing. Kept apart
 * from the hashing so a client form can validate with it without shipping bcrypt to the browser.
 */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { message: "Use at most 200 characters." })
  // Only once the length is right, so a short password gets the one message that helps.
  .refine((password) => password.length < MIN_PASSWORD_LENGTH || !isCommonPassword(password), { message: "This password is one of the most common and easy to guess. Choose another." });
