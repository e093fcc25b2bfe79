import { invitationState } from "@/lib/core/auth/link-state";
import type { PortalFacts } from "@/lib/patients/types";

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
export function portalAccessState({ linkedEmail, latestInvitation: latest }: PortalFacts, now: Date): PortalAccess {
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
