"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { revokePortalAccessAction } from "@/lib/invitations/actions";

/** Revokes portal access (or withdraws a pending invitation) after a confirmation step. */
export function RevokeAccessButton({ patientId, label, onRevoked }: { patientId: string; label: string; onRevoked: () => void }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(() => revokePortalAccessAction({ patientId }));
      if (!outcome.ok) return setError(outcome.message);
      setConfirming(false);
      onRevoked();
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-label="Confirm revoking portal access" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>The patient is signed out of the portal at once and their link stops working. Their records are kept; you can invite them again later.</p>
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" onClick={revoke} disabled={isPending}>
              {isPending ? "Revoking…" : label}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)} disabled={isPending}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {label}
        </Button>
      )}
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
