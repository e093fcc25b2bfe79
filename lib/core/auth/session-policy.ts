/** Session lifetime rules (issue 2): idle sessions end after 30 minutes, every session after 12 hours. */
export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 12 * 60 * 60;

/** Failed sign-ins allowed per account within the window before it is throttled. */
export const MAX_FAILED_SIGN_INS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export function isPastAbsoluteLimit(signedInAtSeconds: number, nowSeconds: number): boolean {
  return nowSeconds - signedInAtSeconds >= ABSOLUTE_TIMEOUT_SECONDS;
}

export function isThrottled(recentFailures: number): boolean {
  return recentFailures >= MAX_FAILED_SIGN_INS;
}
