import "server-only";
import { cache } from "react";
import { db } from "@/lib/core/db";
import { sessionAccountSelect } from "./session-account";

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
      status: true,
      clinicId: true,
      passwordHash: true,
      sessionGeneration: true,
      patient: { select: { id: true, status: true } },
    },
  });
}

/**
 * What every request checks its session against: one primary-key lookup (with the linked patient,
 * for portal accounts), cached per request so the viewer and the patient scope share it. Unscoped
 * by clinic on purpose: the session names the user, and the caller compares the clinic.
 */
export const unsafeGetSessionAccount = cache(async (userId: string) =>
  db.user.findUnique({ where: { id: userId }, select: sessionAccountSelect }),
);

/**
 * A FHIR API key by its token's SHA-256. Unscoped by clinic on purpose: the caller is not authenticated
 * yet, and the key itself names its clinic. Revoked keys are returned too; the caller refuses them.
 */
export async function unsafeFindApiKeyByHash(tokenHash: string) {
  return db.apiKey.findUnique({ where: { tokenHash }, select: { id: true, clinicId: true, revokedAt: true, lastUsedAt: true, clinic: { select: { timeZone: true } } } });
}
