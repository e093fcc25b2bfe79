"use client";

import type { CrampContext } from "@/lib/cramps/labels";
import { useState, type Ref } from "react";
import { ChoiceChips } from "@/components/ui/choice-chips";
import { inputClasses } from "@/components/ui/field";
import { DURATION_PRESETS_SECONDS, formatDuration, longDurationWarning } from "@/lib/cramps/duration";

type Unit = "seconds" | "minutes";
const OTHER = "other" as const;
const PRESET_OPTIONS = [
  ...DURATION_PRESETS_SECONDS.map((seconds) => ({ value: seconds as number | typeof OTHER, label: formatDuration(seconds) })),
  { value: OTHER, label: "Other time" },
];

const isPreset = (seconds: number | undefined) => seconds !== undefined && (DURATION_PRESETS_SECONDS as readonly number[]).includes(seconds);

/**
 * How long the cramp lasted: one tap on a preset, or "Other time" for a number in seconds or minutes.
 * The value is always seconds; a night cramp longer than 10 minutes shows a gentle check (domain.md §1.6 [S44]).
 */
export function DurationPicker({
  value,
  context,
  onChange,
  error,
  inputRef,
}: {
  value: number | undefined;
  /** When the cramp came: only a night cramp has a usual maximum to check against. */
  context: CrampContext | undefined;
  onChange: (seconds: number | undefined) => void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const [custom, setCustom] = useState(value !== undefined && !isPreset(value));
  const [text, setText] = useState(custom && value !== undefined ? String(value) : "");
  const [unit, setUnit] = useState<Unit>("seconds");
  const warning = longDurationWarning(value ?? null, context ?? null);

  const update = (nextText: string, nextUnit: Unit) => {
    setText(nextText);
    setUnit(nextUnit);
    const number = nextText.trim() === "" ? NaN : Number(nextText);
    onChange(Number.isFinite(number) ? (nextUnit === "minutes" ? Math.round(number * 60) : number) : undefined);
  };

  return (
    <div className="space-y-3">
      <ChoiceChips
        name="cramp-duration"
        legend="How long did it last?"
        required
        options={PRESET_OPTIONS}
        value={custom ? OTHER : value}
        onChange={(choice) => {
          if (choice === OTHER) {
            setCustom(true);
            update(text, unit);
          } else {
            setCustom(false);
            onChange(choice);
          }
        }}
        error={custom ? undefined : error}
        inputRef={inputRef}
      />
      {custom && (
        <div>
          <label htmlFor="cramp-duration-custom" className="mb-1 block text-sm font-medium text-slate-800">
            Time it lasted
          </label>
          <div className="flex gap-2">
            <input
              id="cramp-duration-custom"
              type="number"
              inputMode="decimal"
              min={0}
              step="any"
              value={text}
              onChange={(event) => update(event.target.value, unit)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? "cramp-duration-custom-error" : undefined}
              className={`${inputClasses} min-h-11 max-w-32 text-base`}
            />
            <select
              aria-label="Unit"
              value={unit}
              onChange={(event) => update(text, event.target.value as Unit)}
              className={`${inputClasses} min-h-11 w-auto text-base`}
            >
              <option value="seconds">seconds</option>
              <option value="minutes">minutes</option>
            </select>
          </div>
          {error && (
            <p id="cramp-duration-custom-error" className="mt-1 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
      )}
      <p aria-live="polite" className="text-sm text-amber-900">
        {warning}
      </p>
    </div>
  );
}
