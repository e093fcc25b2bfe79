"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { useHydrated } from "@/components/ui/use-hydrated";
import { actionOutcome } from "@/lib/core/action-result";
import { recordMorningPainAction } from "@/lib/portal/actions";
import type { MorningPainDTO } from "@/lib/portal/types";
import { PainAdvice } from "./pain-advice";
import { PainScale } from "./pain-scale";
import { OFFLINE_MESSAGE } from "./use-log-correction";

/**
 * The next-morning question about yesterday's session (domain.md §3.2, the 24-hour response). One tap
 * stores the answer (once per day: a repeat updates it); pain above the baseline shows advice.
 */
export function MorningPainCard({ morningPain }: { morningPain: MorningPainDTO }) {
  const hydrated = useHydrated();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const { answer } = morningPain;
  const advice = answer?.evaluation.status === "above-baseline" ? answer.evaluation.advice : null;

  function choose(pain: number) {
    setError(null);
    startTransition(async () => {
      try {
        const outcome = actionOutcome(await recordMorningPainAction({ sessionDate: morningPain.sessionDate, pain }));
        if (!outcome.ok) setError(outcome.fieldErrors._form?.[0] ?? outcome.message);
      } catch {
        setError(OFFLINE_MESSAGE);
      }
    });
  }

  return (
    <section aria-labelledby="morning-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-white p-4">
      <h2 id="morning-heading" className="text-xl font-semibold">
        This morning
      </h2>
      {error && <Alert>{error}</Alert>}
      {answer ? (
        <p className="text-base">Thank you. You said your pain this morning is {answer.pain} out of 10.</p>
      ) : (
        <PainScale
          id="morning-pain"
          legend="How is the pain this morning, after yesterday's exercises?"
          value={null}
          disabled={!hydrated || isPending}
          onChoose={choose}
        />
      )}
      <p role="status" className="sr-only">
        {isPending ? "Saving…" : answer ? `Saved: ${answer.pain} out of 10.` : ""}
      </p>
      <PainAdvice advice={advice} />
    </section>
  );
}
