"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { isAllowedInPhase, phaseRestrictionNote } from "@/lib/exercises/library";
import type { ExerciseDefinition, Phase } from "@/lib/exercises/library-types";
import { LOAD_RULE_EXPLANATION, type LoadChange } from "@/lib/programs/load";
import { PATIENT_REASON_MAX } from "@/lib/programs/items";
import type { ProgramFields } from "@/lib/programs/schema";
import { DOSE_INPUTS } from "./dose-inputs";

type Props = {
  index: number;
  count: number;
  /** The item's exercise in the clinic's catalogue; undefined when the code is not in it. */
  exercise: ExerciseDefinition | undefined;
  code: string;
  rationale: string;
  phase: Phase;
  change: LoadChange | null;
  register: UseFormRegister<ProgramFields>;
  errors: FieldErrors<ProgramFields>;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
};

/** One exercise of the program: its picture, phase warnings, dose, and the reasons the rules ask for. */
export function ProgramItemRow({ index, count, exercise, code, rationale, phase, change, register, errors, onMove, onRemove }: Props) {
  const itemErrors = errors.items?.[index];
  if (!exercise) {
    return (
      <li className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-red-300 bg-white p-4 text-sm">
        <span className="font-medium text-red-800">
          {index + 1}. {code} is not in this clinic’s library. Remove it to save the program.
        </span>
        <Button variant="ghost" onClick={() => onRemove(index)} aria-label={`Remove ${code}`}>
          Remove
        </Button>
      </li>
    );
  }
  const allowed = isAllowedInPhase(exercise, phase);
  const note = phaseRestrictionNote(exercise, phase);
  const id = (field: string) => `items-${index}-${field}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- small local SVG pictograms need no optimisation */}
        <img src={exercise.illustration} alt="" width={96} height={64} className="shrink-0 rounded border border-slate-100" />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium">
            {index + 1}. {exercise.name} <span className="text-xs font-normal text-slate-600">({exercise.code})</span>
          </h3>
          <p className="text-xs text-slate-600">Default dose: {exercise.dosage.text} · {exercise.frequencyText}</p>
          {rationale && <p className="mt-1 text-sm text-slate-800">Finding: {rationale}</p>}
          {note && <p className="mt-1 text-sm text-amber-900">⚠ {note}</p>}
          {!allowed && <p className="mt-1 text-sm font-medium text-red-800">⚠ Not allowed in this phase: prescribing it needs a reason.</p>}
          {itemErrors?.exerciseCode && <p className="mt-1 text-sm font-medium text-red-800">{itemErrors.exerciseCode.message}</p>}
        </div>
        <div className="flex gap-1">
          <Button variant="ghost" onClick={() => onMove(index, index - 1)} disabled={index === 0} aria-label={`Move ${exercise.name} up`}>
            ↑
          </Button>
          <Button variant="ghost" onClick={() => onMove(index, index + 1)} disabled={index === count - 1} aria-label={`Move ${exercise.name} down`}>
            ↓
          </Button>
          <Button variant="ghost" onClick={() => onRemove(index)} aria-label={`Remove ${exercise.name}`}>
            Remove
          </Button>
        </div>
      </div>
      <div className="mt-3 grid grid-cols-3 gap-3 sm:grid-cols-5">
        {DOSE_INPUTS.map((field) => (
          <div key={field.name}>
            <label htmlFor={id(field.name)} className="mb-1 block text-xs font-medium text-slate-700">
              {field.label}
              <span className="sr-only"> for {exercise.name}</span>
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
      {change?.planned && (
        <p role="status" className="mt-3 text-sm text-slate-700">
          A planned step of the library’s own progression for {exercise.name}: no reason needed.
        </p>
      )}
      {change && change.level !== "ok" && (
        <p role="status" className={`mt-3 text-sm ${change.level === "reason-required" ? "font-medium text-red-800" : "text-amber-900"}`}>
          {loadChangeText(change)} {LOAD_RULE_EXPLANATION}
        </p>
      )}
      {(change?.level === "reason-required" || itemErrors?.loadChangeReason) && (
        <ReasonField id={id("loadChangeReason")} label={`Reason for raising the load of ${exercise.name}`} register={register(`items.${index}.loadChangeReason`)} error={itemErrors?.loadChangeReason?.message} />
      )}
      {(!allowed || itemErrors?.overrideReason) && (
        <ReasonField id={id("overrideReason")} label={`Reason to prescribe ${exercise.name} in this phase`} register={register(`items.${index}.overrideReason`)} error={itemErrors?.overrideReason?.message} />
      )}
      <div className="mt-3">
        <label htmlFor={id("patientReason")} className="mb-1 block text-xs font-medium text-slate-700">
          Why, for the patient<span className="sr-only"> ({exercise.name})</span>
        </label>
        <input
          id={id("patientReason")}
          {...register(`items.${index}.patientReason`)}
          placeholder={exercise.purpose ? undefined : "e.g. to strengthen the muscles at the side of your hip"}
          aria-invalid={Boolean(itemErrors?.patientReason)}
          aria-describedby={`${id("patientReason")}-hint${itemErrors?.patientReason ? ` ${id("patientReason")}-error` : ""}`}
          className={inputClasses}
        />
        <p id={`${id("patientReason")}-hint`} className="mt-1 text-xs text-slate-600">
          Shown after “Why:” on the patient’s plan and the handout; at most {PATIENT_REASON_MAX} characters.
        </p>
        {itemErrors?.patientReason && (
          <p id={`${id("patientReason")}-error`} className="mt-1 text-xs text-red-700">
            {itemErrors.patientReason.message}
          </p>
        )}
      </div>
      <div className="mt-3">
        <label htmlFor={id("notes")} className="mb-1 block text-xs font-medium text-slate-700">
          Notes for the patient<span className="sr-only"> about {exercise.name}</span>
        </label>
        <input id={id("notes")} {...register(`items.${index}.notes`)} className={inputClasses} />
      </div>
    </li>
  );
}

function loadChangeText(change: LoadChange): string {
  if (change.percent === null) return "External load added to a body-weight exercise: the rise cannot be measured, so give a reason.";
  const rise = `Weekly load +${Math.round(change.percent)} %`;
  return change.level === "reason-required" ? `${rise} over 2 weeks. Above 30 %: give a reason.` : `${rise} over the last week. Above the 10 % convention.`;
}

function ReasonField({ id, label, register, error }: { id: string; label: string; register: ReturnType<UseFormRegister<ProgramFields>>; error?: string }) {
  return (
    <div className="mt-3">
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea id={id} {...register} rows={2} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} className={inputClasses} />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
