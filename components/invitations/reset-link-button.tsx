"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { OneTimeLink } from "@/components/ui/one-time-link";
import { runAction } from "@/components/ui/run-action";
import { issuePatientPasswordResetAction } from "@/lib/invitations/actions";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import type { CreatedResetLinkDTO } from "@/lib/invitations/types";
import { LINK_DELIVERY } from "./link-delivery";


/** A one-time link for a patient who cannot sign in to choose a new portal password. */
export function ResetLinkButton({ patientId }: { patientId: string }) {
  const [created, setCreated] = useState<CreatedResetLinkDTO | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function issue() {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(() => issuePatientPasswordResetAction({ patientId }));
      if (!outcome.ok) return setError(outcome.message);
      setCreated(outcome.value);
    });
  }

  if (created) {
    return (
      <div className="w-full space-y-2">
        <OneTimeLink
          title={`Password reset link for ${created.email}`}
          link={created.link}
          expiresAt={created.expiresAt}
          validHours={INVITATION_VALID_HOURS}
          onDone={() => setCreated(null)}
        />
        <p className="text-slate-700">{LINK_DELIVERY[created.emailed](created.email)}</p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={issue} disabled={isPending}>
        {isPending ? "Making a link…" : "Password reset link"}
      </Button>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
