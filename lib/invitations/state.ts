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

/** What the patient page shows about portal access; dates are ISO strings for the client. */
export type PortalAccess =
  | { kind: "none" }
  | { kind: "active"; email: string }
  | { kind: "pending"; email: string; expiresAt: string }
  | { kind: "expired"; email: string; expiredAt: string }
  | { kind: "revoked"; revokedAt: string };

/**
 * A patient's portal access from their linked account and their latest invitation. A linked
 * account is access, whatever the invitations say. Otherwise the latest invitation decides: revoking
 * access marks every invitation of the patient revoked (a superseded one is never the latest), so a
 * revoked latest invitation means access was revoked; a used one that is no longer linked can only
 * have been unlinked, which revoking also does.
 */
export function portalAccessState(
  linkedEmail: string | null,
  latest: (InvitationTimes & { email: string }) | null,
  now: Date,
): PortalAccess {
  if (linkedEmail) return { kind: "active", email: linkedEmail };
  if (!latest) return { kind: "none" };
  if (latest.revokedAt) return { kind: "revoked", revokedAt: latest.revokedAt.toISOString() };
  switch (invitationState(latest, now)) {
    case "pending":
      return { kind: "pending", email: latest.email, expiresAt: latest.expiresAt.toISOString() };
    case "expired":
      return { kind: "expired", email: latest.email, expiredAt: latest.expiresAt.toISOString() };
    case "used":
    case "revoked":
      return { kind: "none" };
  }
}

/** The one message for any link that cannot be used, whatever the reason, so it reveals nothing. */
export const UNUSABLE_INVITATION_MESSAGE = "This invitation link has expired or has already been used. Ask your clinic for a new one.";
