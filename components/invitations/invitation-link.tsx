"use client";

import { OneTimeLink } from "@/components/ui/one-time-link";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import type { CreatedInvitationDTO } from "@/lib/invitations/types";
import { LINK_DELIVERY } from "./link-delivery";

/** The new portal invitation link, shown once. */
export function InvitationLink({ invitation, onDone }: { invitation: CreatedInvitationDTO; onDone: () => void }) {
  return (
    <div className="w-full space-y-2">
      <OneTimeLink title={`Invitation link for ${invitation.email}`} link={invitation.link} expiresAt={invitation.expiresAt} validHours={INVITATION_VALID_HOURS} onDone={onDone} />
      <p className="text-slate-700">{LINK_DELIVERY[invitation.emailed](invitation.email)}</p>
    </div>
  );
}
