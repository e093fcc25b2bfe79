import { ERROR_MESSAGES, type FieldErrors, type MutationResult } from "./errors";

/** What a form gets back from a staff action: next-safe-action's envelope around a MutationResult. */
export type ActionResponse<T> =
  | {
      data?: MutationResult<T>;
      serverError?: string;
      validationErrors?: { formErrors: string[]; fieldErrors: FieldErrors };
    }
  | undefined;

export type ActionOutcome<T> = { ok: true; value: T } | { ok: false; message: string; fieldErrors: FieldErrors };

/** Folds validation errors, coded server errors and refused mutations into one shape a form can show. */
export function actionOutcome<T>(response: ActionResponse<T>): ActionOutcome<T> {
  if (response?.serverError) return { ok: false, message: response.serverError, fieldErrors: {} };
  if (response?.validationErrors) {
    const { formErrors, fieldErrors } = response.validationErrors;
    return { ok: false, message: formErrors[0] ?? "Check the highlighted fields.", fieldErrors };
  }
  const result = response?.data;
  if (!result) return { ok: false, message: ERROR_MESSAGES.INTERNAL, fieldErrors: {} };
  // A refusal of the whole form (`_form`) is the message itself: there is no field to highlight.
  if (!result.ok) return { ok: false, message: result.fieldErrors._form?.[0] ?? "Check the highlighted fields.", fieldErrors: result.fieldErrors };
  return result;
}

/** next-safe-action's nested validation errors: `_errors` at each level of the input. */
export type NestedValidationErrors = { _errors?: string[] } & { [key: string]: unknown };

/**
 * Flattens nested validation errors into messages keyed by field path ("measures.ake.right"), the
 * names a react-hook-form field is registered under, so every message lands next to its input.
 */
export function errorsByPath(errors: NestedValidationErrors): { formErrors: string[]; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  const walk = (node: NestedValidationErrors, path: string) => {
    for (const [key, child] of Object.entries(node)) {
      if (key === "_errors" || typeof child !== "object" || child === null) continue;
      const childPath = path ? `${path}.${key}` : key;
      const messages = (child as NestedValidationErrors)._errors;
      if (messages?.length) fieldErrors[childPath] = messages;
      walk(child as NestedValidationErrors, childPath);
    }
  };
  walk(errors, "");
  return { formErrors: errors._errors ?? [], fieldErrors };
}
