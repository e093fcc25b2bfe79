"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { showFieldErrors } from "@/components/ui/show-field-errors";
import { formText } from "@/lib/core/form-text";
import type { DoseValues } from "@/lib/diary/dose";
import { doseFieldsSchema, type DoseFields } from "@/lib/portal/schema";

const FIELDS = [
  { name: "sets", label: "Sets", inputMode: "numeric" },
  { name: "reps", label: "Reps", inputMode: "numeric" },
  { name: "holdSeconds", label: "Hold (seconds)", inputMode: "numeric" },
  { name: "loadKg", label: "Load (kg)", inputMode: "decimal" },
] as const;

/** "Did it differently?": the sets, reps, hold and load actually done, prefilled with what was logged. */
export function DoseCorrectionForm({
  idPrefix,
  defaultValues,
  disabled,
  onSave,
}: {
  idPrefix: string;
  defaultValues: DoseValues;
  disabled: boolean;
  onSave: (dose: DoseFields, onFieldErrors: (errors: Partial<Record<string, string[]>>) => void) => void;
}) {
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors },
  } = useForm<DoseFields, unknown, DoseValues>({
    resolver: zodResolver(doseFieldsSchema),
    defaultValues: {
      sets: formText(defaultValues.sets),
      reps: formText(defaultValues.reps),
      holdSeconds: formText(defaultValues.holdSeconds),
      loadKg: formText(defaultValues.loadKg),
    },
    mode: "onBlur",
  });

  // The fields as typed: the action's schema parses them (lib/core/form-number.ts).
  const onSubmit = handleSubmit(() =>
    onSave(getValues(), (fieldErrors) => showFieldErrors(setError, Object.fromEntries(Object.entries(fieldErrors).map(([path, messages]) => [path.replace(/^dose\./, ""), messages])))),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <p className="text-sm text-slate-700">Leave a box empty for anything you did not do.</p>
      <div className="grid grid-cols-2 gap-3">
        {FIELDS.map(({ name, label, inputMode }) => (
          <Field key={name} id={`${idPrefix}-${name}`} label={label} error={errors[name]?.message}>
            {(control) => <input {...control} {...register(name)} inputMode={inputMode} autoComplete="off" className={`${inputClasses} min-h-11 text-base`} />}
          </Field>
        ))}
      </div>
      <Button type="submit" size="touch" variant="secondary" disabled={disabled} className="w-full">
        Save what I did
      </Button>
    </form>
  );
}
