"use client";

import { OneTimeLink } from "@/components/ui/one-time-link";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import type { CreatedInvitationDTO } from "@/lib/invitations/types";

/** The new portal invitation link, shown once. */
export function InvitationLink({ invitation, onDone }: { invitation: CreatedInvitationDTO; onDone: () => void }) {
  return <OneTimeLink title={`Invitation link for ${invitation.email}`} link={invitation.link} expiresAt={invitation.expiresAt} validHours={INVITATION_VALID_HOURS} onDone={onDone} />;
}
