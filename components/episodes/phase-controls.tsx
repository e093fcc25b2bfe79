"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { runAction } from "@/components/ui/run-action";
import type { ActionResponse } from "@/lib/core/action-result";
import { changePhaseAction, setEpisodeStatusAction } from "@/lib/episodes/actions";
import { PHASE_LABELS, type Phase } from "@/lib/episodes/phases";
import type { EpisodeStatus } from "@/lib/episodes/types";

type Props = {
  episodeId: string;
  version: number;
  status: EpisodeStatus;
  next: Phase | null;
  previous: Phase | null;
  /** The exit gate is recorded and met: advancing needs no reason. */
  gateReady: boolean;
};

/**
 * The clinician's decisions on an episode: approve the next phase (with an optional note, or a reason
 * when the gate is not met), step back after a flare-up (with a reason), or put the episode on hold,
 * finish or reactivate it.
 */
export function PhaseControls({ episodeId, version, status, next, previous, gateReady }: Props) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(call: () => Promise<ActionResponse<{ id: string }>>) {
    setError(null);
    startTransition(async () => {
      const outcome = await runAction(call);
      if (!outcome.ok) return setError(Object.values(outcome.fieldErrors).flat()[0] ?? outcome.message);
      setNote("");
      router.refresh();
    });
  }

  const change = (direction: "advance" | "step-back") => run(() => changePhaseAction({ episodeId, version, direction, reason: note }));
  const setStatus = (next: EpisodeStatus) => run(() => setEpisodeStatusAction({ episodeId, version, status: next }));

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {error && <Alert>{error}</Alert>}
      {status === "ACTIVE" && (next || previous) && (
        <>
          <div>
            <label htmlFor="phase-note" className="mb-1 block text-sm font-medium">
              Note for the phase history{" "}
              <span className="font-normal text-slate-600">(required when stepping back{next && !gateReady ? ", or moving on before the gate is met" : ""})</span>
            </label>
            <textarea id="phase-note" value={note} onChange={(event) => setNote(event.target.value)} rows={2} maxLength={1000} className={inputClasses} />
          </div>
          <div className="flex flex-wrap gap-2">
            {next && (
              <Button variant={gateReady ? "primary" : "secondary"} disabled={isPending} onClick={() => change("advance")}>
                Move to {PHASE_LABELS[next].toLowerCase()}
              </Button>
            )}
            {previous && (
              <Button variant="secondary" disabled={isPending} onClick={() => change("step-back")}>
                Step back to {PHASE_LABELS[previous].toLowerCase()}
              </Button>
            )}
          </div>
        </>
      )}
      <div className="flex flex-wrap gap-2 border-t border-slate-100 pt-3">
        {status !== "ACTIVE" && (
          <Button variant="secondary" disabled={isPending} onClick={() => setStatus("ACTIVE")}>
            Reactivate episode
          </Button>
        )}
        {status === "ACTIVE" && (
          <Button variant="ghost" disabled={isPending} onClick={() => setStatus("ON_HOLD")}>
            Put on hold
          </Button>
        )}
        {status !== "FINISHED" && (
          <Button variant="ghost" disabled={isPending} onClick={() => setStatus("FINISHED")}>
            Finish episode
          </Button>
        )}
      </div>
    </div>
  );
}
