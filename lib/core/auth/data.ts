import "server-only";
import { db } from "@/lib/core/db";

/**
 * Account reads for sign-in. Unscoped by clinic on purpose: at sign-in nobody is authenticated yet,
 * and the e-mail is globally unique. Returns the hash only to the credential check, never further.
 */
export async function unsafeGetAccountForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      role: true,
      clinicId: true,
      passwordHash: true,
      patient: { select: { id: true, status: true } },
    },
  });
}

export async function countRecentFailedSignIns(email: string, since: Date): Promise<number> {
  return db.loginAttempt.count({ where: { email, succeeded: false, attemptedAt: { gte: since } } });
}
