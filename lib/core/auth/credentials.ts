import "server-only";
import { z } from "zod";
import { countRecentFailedSignIns, unsafeGetAccountForSignIn } from "./data";
import { recordSignIn, recordSignInAttempt } from "./mutations";
import { verifyPassword } from "./password";
import type { Role } from "./permissions";
import { isThrottled, SIGN_IN_WINDOW_MS } from "./session-policy";

export const SIGN_IN_THROTTLED = "THROTTLED";

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

/**
 * Checks an e-mail and password. Returns null for any wrong combination, without saying which part
 * was wrong; throws SIGN_IN_THROTTLED after too many recent failures for that e-mail, counted in the
 * database so the limit holds across app instances.
 */
export async function authenticate(raw: unknown): Promise<AuthenticatedUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const failures = await countRecentFailedSignIns(email, new Date(Date.now() - SIGN_IN_WINDOW_MS));
  if (isThrottled(failures)) throw new Error(SIGN_IN_THROTTLED);

  const account = await unsafeGetAccountForSignIn(email);
  const passwordMatches = await verifyPassword(password, account?.passwordHash ?? null);
  // A deactivated or not yet set-up account, and an archived patient's portal account, cannot sign in.
  const allowed = account !== null && passwordMatches && account.status === "ACTIVE" && account.patient?.status !== "ARCHIVED";
  await recordSignInAttempt(email, allowed);
  if (!account || !allowed) return null;
  if (account.role === "PATIENT" && !account.patient) return null;
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
 * Checks a signed-in user's current password (before they change it), under the same per-account
 * throttle as sign-in: a stolen session cannot be used to guess the password without limit.
 */
export async function checkCurrentPassword(email: string, password: string): Promise<"ok" | "wrong" | "throttled"> {
  const failures = await countRecentFailedSignIns(email, new Date(Date.now() - SIGN_IN_WINDOW_MS));
  if (isThrottled(failures)) return "throttled";
  const account = await unsafeGetAccountForSignIn(email);
  const matches = await verifyPassword(password, account?.passwordHash ?? null);
  if (!matches) await recordSignInAttempt(email, false);
  return matches ? "ok" : "wrong";
}
