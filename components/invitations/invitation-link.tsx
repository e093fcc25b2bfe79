"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { formatDateTime } from "@/lib/core/dates";
import { INVITATION_VALID_HOURS } from "@/lib/invitations/state";
import type { CreatedInvitationDTO } from "@/lib/invitations/types";

/**
 * The new invitation link, shown once: only its hash is stored, so it cannot be shown again. Copy
 * puts it on the clipboard; where the browser refuses (no HTTPS, no permission) the link stays in a
 * read-only field, selected, for copying by hand.
 */
export function InvitationLink({ invitation, onDone }: { invitation: CreatedInvitationDTO; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const [copyStatus, setCopyStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopyStatus("copied");
    } catch {
      field.current?.select();
      setCopyStatus("failed");
    }
  }

  return (
    <div className="space-y-2 rounded-md border border-brand-600/40 bg-brand-50 p-3 text-sm">
      <p className="break-all font-medium text-slate-900">Invitation link for {invitation.email}</p>
      <label htmlFor="invitation-link" className="block text-slate-800">
        Link (shown only once — copy it now)
      </label>
      <input
        ref={field}
        id="invitation-link"
        readOnly
        value={invitation.link}
        onFocus={(event) => event.currentTarget.select()}
        className={`${inputClasses} font-mono text-xs`}
      />
      <p className="text-slate-700">
        Works once, for {INVITATION_VALID_HOURS} hours: until {formatDateTime(invitation.expiresAt)}.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={copy}>Copy link</Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
        <span aria-live="polite" className="text-slate-800">
          {copyStatus === "copied" && "✓ Copied"}
          {copyStatus === "failed" && "Could not copy: the link is selected, copy it with Ctrl+C or ⌘C."}
        </span>
      </div>
    </div>
  );
}
