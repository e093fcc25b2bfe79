import { MAX_FAILED_SIGN_INS, SIGN_IN_WINDOW_MS } from "./session-policy";

/**
 * Failed sign-ins allowed from one client address within SIGN_IN_WINDOW_MS, whatever the accounts
 * [design]: a clinic's staff behind one NAT address, each mistyping a few times, stay well under it;
 * someone spraying one password over many accounts gets 50 guesses per address per 15 minutes.
 */
export const MAX_FAILED_SIGN_INS_PER_ADDRESS = 50;

/**
 * Password checks allowed per minute across the installation, all instances together, right or wrong
 * [design]: 300 (5 a second) is about half a core of Argon2id here, far above what a clinic's staff
 * and patients sign in at, and keeps a flood from many addresses from starving every other request.
 * REHABIT_PASSWORD_CHECKS_PER_MINUTE overrides it (the integration test uses a small value).
 */
export const DEFAULT_PASSWORD_CHECKS_PER_MINUTE = 300;

export type SignInLimits = {
  /** Failed checks per account (e-mail) within windowMs. */
  perAccount: number;
  /** Failed checks per client address within windowMs. */
  perAddress: number;
  /** Checks of any outcome per minute, installation-wide. */
  checksPerMinute: number;
  windowMs: number;
};

export type ThrottleReason = "ACCOUNT" | "ADDRESS" | "GLOBAL";

/** Counted under the lock before a check: failures include checks still running. */
export type RecentChecks = { accountFailures: number; addressFailures: number; checksLastMinute: number };

export function signInLimits(env: Record<string, string | undefined>): SignInLimits {
  const configured = Number(env.REHABIT_PASSWORD_CHECKS_PER_MINUTE);
  const checksPerMinute = Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_PASSWORD_CHECKS_PER_MINUTE;
  return { perAccount: MAX_FAILED_SIGN_INS, perAddress: MAX_FAILED_SIGN_INS_PER_ADDRESS, checksPerMinute, windowMs: SIGN_IN_WINDOW_MS };
}

/** Which limit refuses the next check, the account's first; null when none does. */
export function throttleReason(recent: RecentChecks, limits: SignInLimits): ThrottleReason | null {
  if (recent.accountFailures >= limits.perAccount) return "ACCOUNT";
  if (recent.addressFailures >= limits.perAddress) return "ADDRESS";
  if (recent.checksLastMinute >= limits.checksPerMinute) return "GLOBAL";
  return null;
}
