import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { checkCurrentPassword } from "@/lib/core/auth/credentials";
import { hashPassword } from "@/lib/core/auth/password";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { invitationExpiry, invitationState } from "@/lib/core/auth/link-state";
import { generateInvitationToken, hashInvitationToken, isTokenShaped } from "@/lib/core/auth/link-tokens";
import { UNUSABLE_PASSWORD_LINK_MESSAGE } from "./messages";
import type { ChangePasswordInput, SetPasswordWithLinkInput } from "./schema";


export type PasswordLinkRequest = {
  clinicId: string;
  userId: string;
  purpose: "INVITE" | "RESET";
  /** Who asked for it; null only for the setup command, where nobody is signed in. */
  createdById: string | null;
};

/**
 * A new one-time link for a user to set a password, valid for INVITATION_VALID_HOURS, inside the
 * caller's transaction (which audits the change that called for it). Any pending link of the user is
 * revoked first, so only the newest works. Returns the token once; only its hash is stored.
 */
export async function issuePasswordLink(tx: Tx, request: PasswordLinkRequest, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  await tx.passwordToken.updateMany({
    where: { clinicId: request.clinicId, userId: request.userId, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  const { token, tokenHash } = generateInvitationToken();
  const expiresAt = invitationExpiry(now);
  await tx.passwordToken.create({ data: { ...request, tokenHash, createdAt: now, expiresAt } });
  return { token, expiresAt };
}

/** Revokes every unused link of a user (deactivation): none can bring the account back. */
export async function revokePasswordLinks(tx: Tx, clinicId: string, userId: string, now = new Date()): Promise<void> {
  await tx.passwordToken.updateMany({ where: { clinicId, userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
}

const UNUSABLE: { ok: false; fieldErrors: FieldErrors } = { ok: false, fieldErrors: { _form: [UNUSABLE_PASSWORD_LINK_MESSAGE] } };

/**
 * Sets a password through a one-time link. The link is claimed with a conditional update (still
 * unused, unrevoked, unexpired), so of concurrent uses exactly one succeeds. An invited account
 * becomes active; every existing session of the user ends (a reset after a stolen password must
 * lock the thief out). Audited with the user as the actor.
 */
export async function setPasswordWithLink(input: SetPasswordWithLinkInput, now = new Date()): Promise<MutationResult<{ email: string; role: string }>> {
  if (!isTokenShaped(input.token)) return UNUSABLE;
  const link = await db.passwordToken.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    select: { id: true, clinicId: true, userId: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  if (!link || invitationState(link, now) !== "pending") return UNUSABLE;
  // Hashed before the transaction: bcrypt is slow on purpose and must not hold row locks.
  const passwordHash = await hashPassword(input.password);

  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordToken.updateMany({
      where: { id: link.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return UNUSABLE;
    const updated = await tx.user.updateMany({
      where: { id: link.userId, clinicId: link.clinicId, status: { not: "DEACTIVATED" } },
      data: { passwordHash, status: "ACTIVE", sessionGeneration: { increment: 1 } },
    });
    // Throwing rolls the claim back too: a link for a deactivated account stays unused and unusable.
    if (updated.count !== 1) throw new UnusableLink();
    const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true, role: true } });
    await recordAudit(tx, { clinicId: link.clinicId, actorId: link.userId, action: "UPDATE", entityType: "UserPassword", entityId: link.userId });
    return { ok: true, value: user } as const;
  }).catch((error: unknown) => {
    if (error instanceof UnusableLink) return UNUSABLE;
    throw error;
  });
}

class UnusableLink extends Error {}

/**
 * A signed-in user changes their own password: the current one must be right (and wrong guesses
 * count towards the sign-in throttle). The new hash and a bumped session generation commit together
 * with the audit event, so every session of the account ends, this one included: the caller signs in
 * again with the new password.
 */
export async function changeOwnPassword(userId: string, input: ChangePasswordInput): Promise<MutationResult<{ email: string }>> {
  const account = await db.user.findUnique({ where: { id: userId }, select: { email: true, clinicId: true } });
  if (!account) throw new AppError("NOT_FOUND");
  const current = await checkCurrentPassword(account.email, input.currentPassword);
  if (current === "throttled") return { ok: false, fieldErrors: { _form: ["Too many wrong passwords for this account. Wait 15 minutes, then try again."] } };
  if (current === "busy") return { ok: false, fieldErrors: { _form: ["Password checks are busy right now. Wait a minute, then try again."] } };
  if (current === "wrong") return { ok: false, fieldErrors: { currentPassword: ["That is not your current password."] } };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionGeneration: { increment: 1 } }, select: { id: true } });
    await recordAudit(tx, { clinicId: account.clinicId, actorId: userId, action: "UPDATE", entityType: "UserPassword", entityId: userId });
  });
  return { ok: true, value: { email: account.email } };
}
