"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { runAction } from "@/components/ui/run-action";
import { requestLefsAction } from "@/lib/lefs/actions";

/**
 * The clinician asks the patient to fill in a LEFS in their portal. The server allows one open
 * questionnaire at a time and says so when one is still waiting; the reply is announced.
 */
export function RequestLefsButton({ patientId }: { patientId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const request = () =>
    startTransition(async () => {
      setMessage(null);
      const outcome = await runAction(() => requestLefsAction({ patientId }));
      if (!outcome.ok) return setMessage({ tone: "error", text: Object.values(outcome.fieldErrors).flat()[0] ?? outcome.message });
      const mail = outcome.value.emailed ? "They are also told by e-mail (nothing about what it asks)." : "E-mail is off: tell them yourself.";
      setMessage({ tone: "ok", text: `LEFS requested. The patient sees it in their portal; the result appears below when they finish. ${mail}` });
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <Button variant="secondary" onClick={request} disabled={isPending}>
        {isPending ? "Asking…" : "Ask for a LEFS"}
      </Button>
      <p aria-live="polite" className={`text-sm ${message?.tone === "error" ? "text-red-700" : "text-brand-800"}`}>
        {message?.text}
      </p>
    </div>
  );
}
