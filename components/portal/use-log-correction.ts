"use client";

import { useState, useTransition } from "react";
import { actionOutcome } from "@/lib/core/action-result";
import type { FieldErrors } from "@/lib/core/errors";
import { correctLogAction } from "@/lib/portal/actions";
import type { DoseFields } from "@/lib/portal/schema";
import type { ExerciseLogDTO } from "@/lib/portal/types";

export const OFFLINE_MESSAGE = "Could not reach Rehabit. Check your connection and try again; nothing is stored twice.";

type Change = { painDuring?: number; note?: string; dose?: DoseFields };

/**
 * Same-day corrections of one log (pain, note, dose), based on the version the page shows. The page
 * re-renders with the stored log when the action answers; this keeps only what to announce.
 */
export function useLogCorrection(log: ExerciseLogDTO) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");

  function correct(change: Change, savedMessage: string, onFieldErrors?: (errors: FieldErrors) => void) {
    setError(null);
    setStatus("");
    startTransition(async () => {
      try {
        const outcome = actionOutcome(await correctLogAction({ logId: log.id, version: log.version, ...change }));
        if (outcome.ok) return setStatus(savedMessage);
        onFieldErrors?.(outcome.fieldErrors);
        setError(outcome.fieldErrors._form?.[0] ?? outcome.message);
      } catch {
        setError(OFFLINE_MESSAGE);
      }
    });
  }

  return { correct, isPending, error, status };
}
