import "server-only";
import { db } from "@/lib/core/db";
import { invitationState } from "@/lib/core/auth/link-state";
import { hashInvitationToken, isTokenShaped } from "@/lib/core/auth/link-tokens";
import type { PasswordLinkPageDTO } from "./types";

/**
 * What the public set-password page shows for a token. Unscoped on purpose: the visitor is not
 * signed in, and the token (matched by its hash) is the credential. Every unusable link — unknown,
 * used, revoked, expired, or for a deactivated account — answers the same `{ usable: false }`.
 */
export async function unsafeGetPasswordLinkPage(token: string, now = new Date()): Promise<PasswordLinkPageDTO> {
  if (!isTokenShaped(token)) return { usable: false };
  const link = await db.passwordToken.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      clinic: { select: { name: true } },
      user: { select: { name: true, email: true, status: true } },
    },
  });
  if (!link || invitationState(link, now) !== "pending" || link.user.status === "DEACTIVATED") return { usable: false };
  return { usable: true, purpose: link.purpose, name: link.user.name, email: link.user.email, clinicName: link.clinic.name };
}

/** The signed-in user's own account, for their Account page. */
export async function getOwnAccount(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, role: true, lastSignInAt: true } });
}
