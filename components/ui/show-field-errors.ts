import type { FieldPath, FieldValues, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/core/errors";

/** Puts the server's field errors (keyed by field path) next to the form's inputs, focusing the first. */
export function showFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: FieldErrors): void {
  let first = true;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (!messages?.[0]) continue;
    setError(path as FieldPath<T>, { message: messages[0] }, { shouldFocus: first });
    first = false;
  }
}
