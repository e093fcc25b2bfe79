/**
 * Numbers as forms hold them: text, with "" for not set. formText is the way from a stored number to
 * a field; readFormNumber the way back, as formNumber (form-number.ts, zod) reads it on the form's
 * resolver and the server action. Free of zod, so client components can use it.
 */

/** A stored number as a form field's text: "" where nothing is set. */
export const formText = (value: number | null): string => (value === null ? "" : String(value));

/**
 * A field's text read as formNumber reads it: null when empty (after trimming), the number when
 * `valid` accepts it, undefined when it does not.
 */
export function readFormNumber(text: string, valid: (value: number) => boolean): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const value = Number(trimmed);
  return valid(value) ? value : undefined;
}
