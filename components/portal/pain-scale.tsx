"use client";

import { PAIN_SCORES } from "@/lib/portal/pain-scores";

/**
 * A 0–10 pain rating as large buttons (44 px and up), one tap to answer. The chosen number is marked
 * by a thick border, bold text and a check mark, and announced as pressed: never by colour alone.
 */
export function PainScale({
  id,
  legend,
  value,
  disabled,
  onChoose,
}: {
  id: string;
  legend: string;
  value: number | null;
  disabled: boolean;
  onChoose: (pain: number) => void;
}) {
  return (
    <fieldset className="m-0 min-w-0 border-0 p-0" aria-describedby={`${id}-hint`}>
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      <p id={`${id}-hint`} className="mb-2 text-sm text-slate-700">
        0 = no pain, 10 = worst pain imaginable.
      </p>
      <div className="grid grid-cols-6 gap-1.5">
        {PAIN_SCORES.map((score) => {
          const chosen = value === score;
          return (
            <button
              key={score}
              type="button"
              disabled={disabled}
              aria-pressed={chosen}
              aria-label={`Pain ${score} out of 10`}
              onClick={() => onChoose(score)}
              className={`min-h-11 min-w-11 rounded-md text-base disabled:cursor-not-allowed disabled:opacity-60 ${
                chosen ? "border-4 border-slate-900 bg-brand-50 font-bold text-slate-950" : "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100"
              }`}
            >
              {chosen && <span aria-hidden="true">✓</span>}
              {score}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
