/**
 * One-time links (patient invitations, staff invitations, password resets) share one lifetime and one
 * reading of where a link stands.
 */

/** How long an invitation link works after it is made. Shown to the clinician next to the link. */
export const INVITATION_VALID_HOURS = 72;

const HOUR_MS = 3_600_000;

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_VALID_HOURS * HOUR_MS);
}

export type InvitationTimes = { expiresAt: Date; usedAt: Date | null; revokedAt: Date | null };

export type InvitationState = "pending" | "used" | "revoked" | "expired";

/**
 * Where one invitation stands at `now`. Used and revoked come first: they are final whatever the
 * clock says. An invitation stops working at the instant it expires (expiresAt itself is expired).
 */
export function invitationState(invitation: InvitationTimes, now: Date): InvitationState {
  if (invitation.usedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}
