"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ExerciseLogDTO } from "@/lib/portal/types";
import { PainAdvice } from "./pain-advice";
import { PainScale } from "./pain-scale";
import { useLogCorrection } from "./use-log-correction";

// The dose form (react-hook-form and the dose schema) loads when "Did it differently?" is opened, not
// with the plan: most logs are as prescribed, and the phone's first load stays light.
const DoseCorrectionForm = dynamic(() => import("./dose-correction-form").then((module) => module.DoseCorrectionForm), {
  loading: () => <p className="text-sm text-slate-700">Loading the form…</p>,
});

/**
 * After "done": how much it hurt (one tap), an optional note, and "Did it differently?" for the dose
 * actually done. All are same-day corrections of the log; pain above the phase's limit shows advice.
 */
export function LogDetails({ log, idPrefix, painGroupRef }: { log: ExerciseLogDTO; idPrefix: string; painGroupRef: React.Ref<HTMLDivElement> }) {
  const hydrated = useHydrated();
  const { correct, isPending, error, status } = useLogCorrection(log);
  const [note, setNote] = useState(log.note);
  const [differentOpen, setDifferentOpen] = useState(false);
  const advice = log.pain.status === "above-limit" ? log.pain.advice : null;

  return (
    <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
      {error && <Alert>{error}</Alert>}
      <div ref={painGroupRef} tabIndex={-1} className="space-y-2 outline-none">
        <PainScale
          id={`${idPrefix}-pain`}
          legend="How much did it hurt?"
          value={log.painDuring}
          disabled={isPending}
          onChoose={(painDuring) => painDuring !== log.painDuring && correct({ painDuring }, `Pain ${painDuring} out of 10 saved.`)}
        />
        {log.painDuring !== null && <p className="text-sm text-slate-800">You said: {log.painDuring} out of 10.</p>}
        <PainAdvice advice={advice} />
      </div>

      <div>
        <label htmlFor={`${idPrefix}-note`} className="mb-1 block text-sm font-medium text-slate-800">
          Note for your clinician <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <textarea
          id={`${idPrefix}-note`}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          rows={2}
          maxLength={500}
          className={`${inputClasses} text-base`}
        />
        <Button size="touch" variant="secondary" className="mt-2 w-full" disabled={isPending || note.trim() === log.note} onClick={() => correct({ note }, "Note saved.")}>
          Save note
        </Button>
      </div>

      <details className="rounded-md border border-slate-200" onToggle={(event) => setDifferentOpen(event.currentTarget.open)}>
        <summary className="flex min-h-11 cursor-pointer items-center px-3 text-base font-medium text-slate-900">Did it differently?</summary>
        <div className="border-t border-slate-200 p-3">
          {differentOpen && (
            <DoseCorrectionForm
              idPrefix={idPrefix}
              defaultValues={{ sets: log.sets, reps: log.reps, holdSeconds: log.holdSeconds, loadKg: log.loadKg }}
              disabled={isPending}
              onSave={(dose, onFieldErrors) => correct({ dose }, "Saved what you did.", onFieldErrors)}
            />
          )}
        </div>
      </details>

      <p role="status" className="text-sm font-medium text-slate-900">
        {isPending ? "Saving…" : status}
      </p>
    </fieldset>
  );
}
