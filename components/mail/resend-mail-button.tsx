"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { resendMailAction } from "@/lib/outbox/actions";

/** Sends a message that was not delivered again; the list then shows it waiting. Errors show beside the button. */
export function ResendMailButton({ messageId, what }: { messageId: string; what: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function resend() {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(() => resendMailAction({ messageId }));
      if (!outcome.ok) return setError(outcome.message);
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={isPending} onClick={resend}>
        <span>
          {isPending ? "Sending again…" : "Send again"}
          <span className="sr-only"> {what}</span>
        </span>
      </Button>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
