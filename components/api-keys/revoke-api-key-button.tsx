"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { revokeApiKeyAction } from "@/lib/api-keys/actions";
import type { ApiKeyDTO } from "@/lib/api-keys/types";

/** Revoke, after a confirmation that says what it does; errors show beside the buttons. */
export function RevokeApiKeyButton({ apiKey }: { apiKey: Pick<ApiKeyDTO, "id" | "name"> }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function revoke() {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(() => revokeApiKeyAction({ apiKeyId: apiKey.id }));
      if (!outcome.ok) return setError(outcome.message);
      setConfirming(false);
      router.refresh();
    });
  }

  if (!confirming) {
    return (
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        <span>
          Revoke<span className="sr-only"> {apiKey.name}</span>
        </span>
      </Button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm revoking ${apiKey.name}`} className="w-72 space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
      <p>Revoke {apiKey.name}? Every system using it is refused from its next request. This cannot be undone.</p>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" disabled={isPending} onClick={revoke}>
          {isPending ? "Revoking…" : "Revoke key"}
        </Button>
        <Button variant="ghost" disabled={isPending} onClick={() => setConfirming(false)}>
          Cancel
        </Button>
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
