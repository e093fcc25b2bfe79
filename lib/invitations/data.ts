import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { invitationState } from "@/lib/core/auth/link-state";
import { portalAccessState, type PortalAccess } from "./state";
import { hashInvitationToken, isTokenShaped } from "@/lib/core/auth/link-tokens";
import type { InvitationPageDTO } from "./types";

/** A patient's portal access in the caller's clinic, or null when the patient is not theirs. */
export async function getPortalAccess(scope: ClinicScope, patientId: string, now = new Date()): Promise<PortalAccess | null> {
  const patient = await db.patient.findFirst({
    where: { id: patientId, clinicId: scope.clinicId },
    select: {
      portalUser: { select: { email: true } },
      invitations: {
        where: { clinicId: scope.clinicId },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true, expiresAt: true, usedAt: true, revokedAt: true },
      },
    },
  });
  if (!patient) return null;
  return portalAccessState(patient.portalUser?.email ?? null, patient.invitations[0] ?? null, now);
}

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
