"use client";

import { memo, type ReactNode, type Ref } from "react";

export type ChipValue = string | number | boolean;
export type ChipOption<V extends ChipValue> = { value: V; label: ReactNode };

type CommonProps<V extends ChipValue> = {
  /** Unique per page: names the inputs and the hint and error ids. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly ChipOption<V>[];
  /** "wrap": chips side by side; "stack": one full-width row each (long labels on a phone). */
  layout?: "wrap" | "stack";
  /** Marks the legend: an asterisk for required, "(optional)" for optional, nothing when neither is set. */
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
  /** Given to the first input, so a form library can focus the group when it has an error. */
  inputRef?: Ref<HTMLInputElement>;
};

type SingleProps<V extends ChipValue> = CommonProps<V> & { multiple?: false; value: V | undefined | null; onChange: (value: V) => void };
type MultipleProps<V extends ChipValue> = CommonProps<V> & { multiple: true; value: readonly V[]; onChange: (value: V[]) => void };

/**
 * A group of large tap targets (at least 44 × 44 px) built on native radio buttons or checkboxes (made
 * transparent and laid over the chip), so keyboard use (Tab, arrow keys, Space) and screen readers work
 * as for any form control. The legend
 * names the group; a chosen chip shows a tick as well as its colour.
 */
function ChoiceChipGroup<V extends ChipValue>(props: SingleProps<V> | MultipleProps<V>) {
  const { name, legend, hint, error, options, layout = "wrap", required = false, optional = false, disabled = false, inputRef } = props;
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const isChosen = (value: V) => (props.multiple ? props.value.includes(value) : props.value === value);
  const toggle = (value: V) => {
    if (!props.multiple) return props.onChange(value);
    props.onChange(props.value.includes(value) ? props.value.filter((chosen) => chosen !== value) : [...props.value, value]);
  };

  return (
    <fieldset className="m-0 min-w-0 border-0 p-0" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined} disabled={disabled}>
      <legend className="mb-2 text-base font-medium text-slate-900">
        {legend}
        {required && <span className="text-red-700"> *</span>}
        {optional && <span className="text-sm font-normal text-slate-600"> (optional)</span>}
      </legend>
      {hint && (
        <p id={hintId} className="-mt-1 mb-2 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className={layout === "stack" ? "grid gap-2" : "flex flex-wrap gap-2"}>
        {options.map((option, index) => {
          const chosen = isChosen(option.value);
          return (
            <label key={String(option.value)} className={`relative ${layout === "stack" ? "block" : "inline-block"}`}>
              <input
                ref={index === 0 ? inputRef : undefined}
                type={props.multiple ? "checkbox" : "radio"}
                name={name}
                value={String(option.value)}
                checked={chosen}
                onChange={() => toggle(option.value)}
                aria-invalid={error ? true : undefined}
                // Invisible but covering the whole chip: a tap or click lands on the control itself.
                className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0 disabled:cursor-not-allowed"
              />
              <span
                className={`flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1.5 rounded-lg border px-3 py-2 text-base select-none peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600 peer-disabled:cursor-not-allowed peer-disabled:opacity-60 ${
                  layout === "stack" ? "justify-start text-left" : ""
                } ${chosen ? "border-brand-700 bg-brand-700 font-medium text-white" : "border-slate-400 bg-white text-slate-900 hover:bg-slate-100"}`}
              >
                {chosen && <span aria-hidden="true">✓</span>}
                {option.label}
              </span>
            </label>
          );
        })}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Memoized: when a form re-renders around it (react-hook-form's state) a group
 * whose props did not change is skipped, which on the cramp form is most of the page. Give it options
 * defined outside the render and a stable onChange (react-hook-form's field.onChange) to benefit.
 */
export const ChoiceChips = memo(ChoiceChipGroup) as typeof ChoiceChipGroup;
