import "server-only";
import { z } from "zod";
import { logError } from "@/lib/core/logger";
import { unsafeGetAccountForSignIn } from "./data";
import { finishPasswordCheck, recordSignIn, replacePasswordHash, reservePasswordCheck } from "./mutations";
import { passwordNeedsRehash, rehashPassword, verifyPassword } from "./password";
import type { Role } from "./permissions";
import { signInLimits, type ThrottleReason } from "./sign-in-limits";

/** What authenticate throws when a limit refuses the check; next-auth hands the message to the form. */
export const SIGN_IN_THROTTLED = "THROTTLED";
export const SIGN_IN_THROTTLED_ADDRESS = "THROTTLED_ADDRESS";
export const SIGN_IN_BUSY = "BUSY";

/** Answered for any unexpected failure: next-auth puts a thrown message into the redirect URL, so no other one may reach it. */
export const SIGN_IN_UNAVAILABLE = "UNAVAILABLE";

const THROTTLE_CODES: Record<ThrottleReason, string> = {
  ACCOUNT: SIGN_IN_THROTTLED,
  ADDRESS: SIGN_IN_THROTTLED_ADDRESS,
  GLOBAL: SIGN_IN_BUSY,
};
const SIGN_IN_CODES = new Set<string>([...Object.values(THROTTLE_CODES), SIGN_IN_UNAVAILABLE]);

/** authenticate for next-auth's authorize: an unexpected error is logged and answered as SIGN_IN_UNAVAILABLE. */
export async function authorizeSignIn(raw: unknown, origin: SignInOrigin): Promise<AuthenticatedUser | null> {
  try {
    return await authenticate(raw, origin);
  } catch (error) {
    if (error instanceof Error && SIGN_IN_CODES.has(error.message)) throw error;
    logError("sign-in failed", error);
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticatedUser = {
  id: string;
  name: string;
  role: Role;
  clinicId: string;
  patientId: string | null;
  /** The account's session generation at sign-in; a later bump ends this session. */
  sessionGeneration: number;
};

/** Where a sign-in comes from: the client address (lib/core/auth/client-address.ts), null when unknown. */
export type SignInOrigin = { clientAddress: string | null };

/**
 * Checks an e-mail and password. Returns null for any wrong combination, without saying which part
 * was wrong. Throws SIGN_IN_THROTTLED, SIGN_IN_THROTTLED_ADDRESS or SIGN_IN_BUSY, before any password
 * check, when the account's or the address's recent failures or the installation's checks per minute
 * are at their limit (lib/core/auth/sign-in-limits.ts), counted in the database under one lock so the
 * limits are exact and hold across app instances. A password that matches an outdated hash (bcrypt from
 * before Argon2id) is re-hashed.
 */
export async function authenticate(raw: unknown, origin: SignInOrigin = { clientAddress: null }): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const slot = await reservePasswordCheck(email, origin.clientAddress, signInLimits(process.env));
  if ("throttled" in slot) throw new Error(THROTTLE_CODES[slot.throttled]);

  let allowed = false;
  let account: Awaited<ReturnType<typeof unsafeGetAccountForSignIn>> = null;
  try {
    account = await unsafeGetAccountForSignIn(email);
    const passwordMatches = await verifyPassword(password, account?.passwordHash ?? null);
    // A deactivated or not yet set-up account, and an archived patient's portal account, cannot sign in.
    allowed = account !== null && passwordMatches && account.status === "ACTIVE" && account.patient?.status !== "ARCHIVED";
  } finally {
    // An error leaves allowed false: the check counts as a failure.
    await finishPasswordCheck(slot.attemptId, allowed);
  }
  if (!account || !allowed) return null;
  if (account.role === "PATIENT" && !account.patient) return null;
  if (account.passwordHash && passwordNeedsRehash(account.passwordHash)) {
    await replacePasswordHash(account.id, account.passwordHash, await rehashPassword(password));
  }
  await recordSignIn(account.id);

  return {
    id: account.id,
    name: account.name,
    role: account.role,
    clinicId: account.clinicId,
    patientId: account.patient?.id ?? null,
    sessionGeneration: account.sessionGeneration,
  };
}

/**
 * Checks a signed-in user's current password (before they change it), under the same reservation as
 * sign-in (per-account limit and global ceiling, "busy"; no address is known here): a stolen session
 * cannot be used to guess the password without limit.
 */
export async function checkCurrentPassword(email: string, password: string): Promise<"ok" | "wrong" | "throttled" | "busy"> {
  const slot = await reservePasswordCheck(email, null, signInLimits(process.env));
  if ("throttled" in slot) return slot.throttled === "GLOBAL" ? "busy" : "throttled";
  let matches = false;
  try {
    const account = await unsafeGetAccountForSignIn(email);
    matches = await verifyPassword(password, account?.passwordHash ?? null);
  } finally {
    await finishPasswordCheck(slot.attemptId, matches);
  }
  return matches ? "ok" : "wrong";
}
