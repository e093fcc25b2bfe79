"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { actionOutcome } from "@/lib/core/action-result";
import { logExerciseAction } from "@/lib/portal/actions";
import type { IsoDate } from "@/lib/portal/local-date";
import { SubmissionIntent, submitIntent } from "@/lib/portal/submission-intent";
import type { ExerciseLogDTO } from "@/lib/portal/types";
import { LogDetails } from "./log-details";
import { OFFLINE_MESSAGE } from "./use-log-correction";

/**
 * Logging one exercise: "Done as prescribed" stores the session in one tap (one idempotency key per
 * tap, kept across retries), then the card asks how much it hurt. `offer` says how prominent the
 * button is, or null when today's sessions are all logged.
 */
export function LogControls({
  programItemId,
  exerciseName,
  today,
  offer,
  latestLog,
}: {
  programItemId: string;
  exerciseName: string;
  today: IsoDate;
  offer: { label: string; emphasis: "primary" | "secondary" } | null;
  latestLog: ExerciseLogDTO | null;
}) {
  const hydrated = useHydrated();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const intent = useRef<SubmissionIntent | null>(null);
  const painGroup = useRef<HTMLDivElement>(null);
  const focusPainFor = useRef<string | null>(null);

  // The button the patient tapped is gone once the log is shown: move focus to the pain question.
  useEffect(() => {
    if (latestLog && focusPainFor.current === latestLog.id) {
      focusPainFor.current = null;
      painGroup.current?.focus();
    }
  }, [latestLog]);

  function logDone() {
    setError(null);
    setStatus("");
    intent.current ??= new SubmissionIntent();
    const current = intent.current;
    startTransition(async () => {
      try {
        const outcome = actionOutcome(await submitIntent(current, (idempotencyKey) => logExerciseAction({ programItemId, idempotencyKey, performedOn: today })));
        if (!outcome.ok) return setError(outcome.fieldErrors._form?.[0] ?? outcome.message);
        focusPainFor.current = outcome.value.id;
        setStatus(`${exerciseName}: done. How much did it hurt?`);
      } catch {
        setError(OFFLINE_MESSAGE);
      }
    });
  }

  return (
    <div className="space-y-4">
      {error && <Alert>{error}</Alert>}
      {offer && (
        <Button size="touch" variant={offer.emphasis} className="w-full" disabled={!hydrated || isPending} onClick={logDone}>
          {isPending ? "Saving…" : offer.label}
          <span className="sr-only">: {exerciseName}</span>
        </Button>
      )}
      <p role="status" className="sr-only">
        {status}
      </p>
      {latestLog && <LogDetails key={latestLog.id} log={latestLog} idPrefix={`log-${latestLog.id}`} painGroupRef={painGroup} />}
    </div>
  );
}
