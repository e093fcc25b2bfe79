"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import { createClinicExerciseAction, updateClinicExerciseAction } from "@/lib/exercises/actions";
import { DOSE_LIMITS, type DoseField } from "@/lib/exercises/dose-limits";
import { KIND_LABELS, SHORT_PHASE_LABELS, TARGET_LABELS } from "@/lib/exercises/labels";
import type { ClinicExercise, ClinicExerciseFields } from "@/lib/exercises/schema";
import { CheckboxGroup } from "./checkbox-group";

type Mode = { kind: "create" } | { kind: "edit"; id: string; version: number };

const asOptions = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const DOSE_FIELDS = Object.entries(DOSE_LIMITS) as [DoseField, (typeof DOSE_LIMITS)[DoseField]][];

/**
 * An admin adds or edits one of the clinic's own exercises. The zod schema the server checks validates
 * here first; the server's answers (a concurrent edit, a refused field) land on the same form.
 */
export function ClinicExerciseForm({ mode, defaultValues }: { mode: Mode; defaultValues: ClinicExerciseFields }) {
  const router = useRouter();
  // One per form opening, so a double submission adds one exercise.
  const [requestId] = useState(() => crypto.randomUUID());
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm<ClinicExerciseFields, ClinicExercise, { id: string }>({
    schema: () => import("@/lib/exercises/schema").then((module) => module.clinicExerciseFieldsSchema),
    defaultValues,
    action: (values: ClinicExerciseFields) =>
      mode.kind === "create"
        ? createClinicExerciseAction({ ...values, requestId })
        : updateClinicExerciseAction({ ...values, id: mode.id, version: mode.version }),
    onSuccess: () => {
      router.push("/exercises");
      router.refresh();
    },
  });

  const error = (name: keyof ClinicExerciseFields) => errors[name]?.message ?? (errors[name] as { root?: { message?: string } } | undefined)?.root?.message;

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 space-y-6 border-0 p-0">
        {formError && <Alert>{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="name" label="Name" required error={error("name")}>
            {(control) => <input {...control} {...register("name")} autoComplete="off" className={inputClasses} />}
          </Field>
          <Field id="kind" label="Kind" required error={error("kind")}>
            {(control) => (
              <select {...control} {...register("kind")} className={inputClasses}>
                {asOptions(KIND_LABELS).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <CheckboxGroup id="targets" legend="Targets" options={asOptions(TARGET_LABELS)} register={register("targets")} error={error("targets")} />
        <CheckboxGroup
          id="phases"
          legend="Allowed in phases"
          hint="Prescribing it in another phase will need a reason. Stretches allowed in the acute phase carry the gentle-only warning."
          options={asOptions(SHORT_PHASE_LABELS)}
          register={register("phases")}
          error={error("phases")}
        />
        <div>
          <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
            <input type="checkbox" {...register("heavyOrLengthening")} aria-describedby="heavy-hint" className="size-4" />
            Heavy or lengthening load
          </label>
          <p id="heavy-hint" className="text-xs text-slate-600">
            Like the Nordic, Askling or RDL work: never allowed in the acute phase (rule R-NO-HEAVY-ACUTE).
          </p>
        </div>

        <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium text-slate-800">Default dose</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {DOSE_FIELDS.map(([name, limits]) => (
              <Field key={name} id={name} label={limits.label} error={error(name)}>
                {(control) => <input {...control} {...register(name)} inputMode="numeric" autoComplete="off" className={inputClasses} />}
              </Field>
            ))}
          </div>
          <Field id="dosageText" label="The dose in words" required hint="As the patient and the handout will read it, e.g. 3 × 10, slow; 2–3 days a week" error={error("dosageText")}>
            {(control) => <input {...control} {...register("dosageText")} className={inputClasses} />}
          </Field>
        </fieldset>

        <Field id="instructions" label="Instructions for the patient" required error={error("instructions")}>
          {(control) => <textarea {...control} {...register("instructions")} rows={3} className={inputClasses} />}
        </Field>
        <Field id="notes" label="Notes and contraindications" error={error("notes")}>
          {(control) => <textarea {...control} {...register("notes")} rows={2} className={inputClasses} />}
        </Field>
        <Field id="source" label="Source" required hint="Where the exercise and its dose come from: a source id of the domain reference (e.g. S47), a protocol, a paper" error={error("source")}>
          {(control) => <input {...control} {...register("source")} className={inputClasses} />}
        </Field>

        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : mode.kind === "create" ? "Add exercise" : "Save changes"}
          </Button>
          <Link href="/exercises" className={buttonClasses("secondary")}>
            Cancel
          </Link>
        </div>
      </FormFieldset>
    </form>
  );
}
