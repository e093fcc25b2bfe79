"use client";

import { ChoiceChips } from "@/components/ui/choice-chips";
import { LEFS_RESPONSES } from "@/lib/lefs/items";

export type ItemStatus = { state: "idle" | "saving" | "saved" } | { state: "error"; message: string };

const RESPONSE_OPTIONS = LEFS_RESPONSES.map((response) => ({ value: response.score as number, label: response.label }));

/** One LEFS item: its five answers as a radio group, saved the moment one is chosen. */
export function LefsItem({
  item,
  label,
  score,
  status,
  disabled,
  onAnswer,
}: {
  item: number;
  label: string;
  score: number | undefined;
  status: ItemStatus;
  disabled: boolean;
  onAnswer: (score: number) => void;
}) {
  return (
    <li id={`lefs-item-${item}`} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <ChoiceChips
        name={`lefs-item-${item}-answer`}
        legend={
          <>
            {item}. {label}
          </>
        }
        layout="stack"
        options={RESPONSE_OPTIONS}
        value={score}
        onChange={onAnswer}
        disabled={disabled}
        error={status.state === "error" ? status.message : undefined}
      />
      <p className="mt-2 min-h-5 text-sm text-slate-600">
        {status.state === "saving" && "Saving…"}
        {status.state === "error" && (
          <span role="alert" className="sr-only">
            {label}: {status.message}
          </span>
        )}
        {status.state === "saved" && (
          <>
            <span aria-hidden="true">✓ </span>Saved
          </>
        )}
      </p>
    </li>
  );
}
