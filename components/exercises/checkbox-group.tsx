import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * A required set of checkboxes under one legend (targets, phases), with its error announced with the
 * group. Each box is at least 44 px tall, so it is easy to hit on a touch screen.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  options,
  register,
  error,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  register: UseFormRegisterReturn;
  error?: string;
}) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className={`rounded-lg border p-4 ${error ? "border-red-600" : "border-slate-200"}`}>
      <legend className="px-1 text-sm font-medium text-slate-800">
        {legend}
        <span className="text-red-700"> *</span>
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="mb-2 text-xs text-slate-600">
          {hint}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" value={option.value} {...register} className="size-4" />
            {option.label}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
