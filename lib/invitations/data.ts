import "server-only";
import { db } from "@/lib/core/db";
import { invitationState } from "@/lib/core/auth/link-state";
import { hashInvitationToken, isTokenShaped } from "@/lib/core/auth/link-tokens";
import type { InvitationPageDTO } from "./types";

/**
 * What the public invitation page shows for a token. Unscoped on purpose: the visitor is not signed
 * in, and the token itself (matched by its hash) is the credential. Anything but a usable link for an
 * active patient without an account answers the same `{ usable: false }`, so the page reveals
 * nothing about whether a patient or an invitation exists.
 */
export async function unsafeGetInvitationPage(token: string, now = new Date()): Promise<InvitationPageDTO> {
  if (!isTokenShaped(token)) return { usable: false };
  const invitation = await db.portalInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      clinic: { select: { name: true } },
      patient: { select: { firstName: true, status: true, portalUserId: true } },
    },
  });
  if (!invitation || invitationState(invitation, now) !== "pending") return { usable: false };
  if (invitation.patient.status !== "ACTIVE" || invitation.patient.portalUserId) return { usable: false };
  return { usable: true, firstName: invitation.patient.firstName, clinicName: invitation.clinic.name, email: invitation.email };
}
