"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import type { ExerciseDefinition } from "@/lib/exercises/library-types";
import type { TemplateFields } from "@/lib/programs/schema";
import { DOSE_INPUTS } from "./dose-inputs";

type Props = {
  index: number;
  exercise: ExerciseDefinition | undefined;
  code: string;
  register: UseFormRegister<TemplateFields>;
  errors: FieldErrors<TemplateFields>;
  onRemove: (index: number) => void;
};

/** One exercise of a template being made: its dose (from the exercise's defaults, editable) and its why for the patient. */
export function TemplateItemRow({ index, exercise, code, register, errors, onRemove }: Props) {
  const itemErrors = errors.items?.[index];
  const name = exercise?.name ?? code;
  const id = (field: string) => `template-items-${index}-${field}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="text-sm font-medium">
            {index + 1}. {name} <span className="text-xs font-normal text-slate-600">({code})</span>
          </h3>
          {exercise && <p className="text-xs text-slate-600">Default dose: {exercise.dosage.text} · {exercise.frequencyText}</p>}
          {itemErrors?.exerciseCode && <p className="mt-1 text-sm font-medium text-red-700">{itemErrors.exerciseCode.message}</p>}
        </div>
        <Button variant="ghost" onClick={() => onRemove(index)} aria-label={`Remove ${name} from the template`}>
          Remove
        </Button>
      </div>
      <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5">
        {DOSE_INPUTS.map((field) => (
          <div key={field.name}>
            <label htmlFor={id(field.name)} className="mb-1 block text-xs font-medium text-slate-700">
              {field.label}
              <span className="sr-only"> for {name} in the template</span>
            </label>
            <input
              id={id(field.name)}
              {...register(`items.${index}.${field.name}`)}
              inputMode="decimal"
              autoComplete="off"
              aria-invalid={Boolean(itemErrors?.[field.name])}
              className={inputClasses}
            />
            {itemErrors?.[field.name] && <p className="mt-1 text-xs text-red-700">{itemErrors[field.name]?.message}</p>}
          </div>
        ))}
      </div>
      <div className="mt-2">
        <label htmlFor={id("patientReason")} className="mb-1 block text-xs font-medium text-slate-700">
          Why, for the patient<span className="sr-only"> ({name} in the template)</span>
        </label>
        <input
          id={id("patientReason")}
          {...register(`items.${index}.patientReason`)}
          aria-invalid={Boolean(itemErrors?.patientReason)}
          aria-describedby={itemErrors?.patientReason ? `${id("patientReason")}-error` : undefined}
          className={inputClasses}
        />
        {itemErrors?.patientReason && (
          <p id={`${id("patientReason")}-error`} className="mt-1 text-xs text-red-700">
            {itemErrors.patientReason.message}
          </p>
        )}
      </div>
    </li>
  );
}
