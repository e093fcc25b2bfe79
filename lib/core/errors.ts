/**
 * Expected failures travel as results; unexpected ones as an AppError with a code. The client only
 * ever sees the message mapped from the code, never an exception's own text or stack.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: "Your session has ended. Sign in again.",
  NOT_FOUND: "That record does not exist or you do not have access to it.",
  CONFLICT: "Someone else changed this record while you were editing. Reload to see their changes, then edit again.",
  INTERNAL: "Something went wrong and nothing was saved. Please try again.",
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export class AppError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = "AppError";
  }
}

export function messageForError(error: unknown): string {
  return error instanceof AppError ? ERROR_MESSAGES[error.code] : ERROR_MESSAGES.INTERNAL;
}

/** A form result: either success with a value, or messages keyed by field (`_form` for the whole form). */
export type FieldErrors = Partial<Record<string, string[]>>;
export type MutationResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };
