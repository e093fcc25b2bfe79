"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { actionOutcome } from "@/lib/core/action-result";
import { answerLefsAction } from "@/lib/lefs/actions";
import { LEFS_ITEM_COUNT, LEFS_ITEMS } from "@/lib/lefs/items";
import type { LefsQuestionnaireDTO } from "@/lib/lefs/types";
import { LefsAnswers } from "./lefs-answers";
import { LefsItem, type ItemStatus } from "./lefs-item";
import { LefsTotal } from "./lefs-total";

/**
 * The patient's LEFS: 20 radio groups, each answer saved as soon as it is chosen (so the patient can
 * stop and come back where they left off). The server sets the total with the 20th answer; this
 * shows it then. A completed questionnaire is shown read-only.
 */
export function LefsQuestionnaire({ questionnaire }: { questionnaire: LefsQuestionnaireDTO }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<Record<number, number>>(questionnaire.answers);
  const [statuses, setStatuses] = useState<Record<number, ItemStatus>>({});
  const [localTotal, setLocalTotal] = useState<number | null>(null);
  // Only the newest save of an item may update it: an older reply arriving late must not undo it.
  const latestSave = useRef<Record<number, number>>({});

  const total = questionnaire.total ?? localTotal;
  const answered = Object.keys(answers).length;
  const firstUnanswered = LEFS_ITEMS.findIndex((_, index) => answers[index + 1] === undefined) + 1;

  if (total !== null) {
    return (
      <div className="space-y-6">
        <LefsTotal total={total} focus={localTotal !== null} />
        <LefsAnswers answers={answers} />
      </div>
    );
  }

  async function answer(item: number, score: number) {
    const previous = answers[item];
    const attempt = (latestSave.current[item] ?? 0) + 1;
    latestSave.current[item] = attempt;
    setAnswers((current) => ({ ...current, [item]: score }));
    setStatuses((current) => ({ ...current, [item]: { state: "saving" } }));
    const outcome = await answerLefsAction({ questionnaireId: questionnaire.id, item, score }).then(actionOutcome, () => null);
    if (latestSave.current[item] !== attempt) return;
    if (!outcome?.ok) {
      setAnswers(({ [item]: _, ...rest }) => (previous === undefined ? rest : { ...rest, [item]: previous }));
      const message = outcome ? (Object.values(outcome.fieldErrors).flat()[0] ?? outcome.message) : "check your connection and choose again.";
      setStatuses((current) => ({ ...current, [item]: { state: "error", message: `Not saved: ${message}` } }));
      return;
    }
    setStatuses((current) => ({ ...current, [item]: { state: "saved" } }));
    if (outcome.value.total !== null) {
      setLocalTotal(outcome.value.total);
      // The portal-wide "questionnaire waiting" notice and the list are server-rendered: refresh them.
      router.refresh();
    }
  }

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2">
        <p aria-live="polite" className="font-medium">
          {answered} of {LEFS_ITEM_COUNT} answered
        </p>
        <progress value={answered} max={LEFS_ITEM_COUNT} aria-hidden="true" className="mt-1 h-2 w-full accent-brand-700" />
      </div>
      {answered > 0 && firstUnanswered > 0 && (
        <p>
          <a href={`#lefs-item-${firstUnanswered}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Continue at question {firstUnanswered}
          </a>
        </p>
      )}
      <ol className="space-y-4">
        {LEFS_ITEMS.map((label, index) => (
          <LefsItem
            key={label}
            item={index + 1}
            label={label}
            score={answers[index + 1]}
            status={statuses[index + 1] ?? { state: "idle" }}
            disabled={!hydrated}
            onAnswer={(score) => void answer(index + 1, score)}
          />
        ))}
      </ol>
    </div>
  );
}
