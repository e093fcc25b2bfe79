import { z } from "zod";

/**
 * A sign-in e-mail field: trimmed and lower-cased, as User.email is stored and sign-in compares,
 * with a message for an empty field that names whose e-mail it is.
 */
export function signInEmailSchema(emptyMessage: string, invalidMessage = "Enter an e-mail address like name@example.com.") {
  return z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: emptyMessage })
    .max(254, { message: "E-mail must be at most 254 characters." })
    .pipe(z.email({ message: invalidMessage }));
}
