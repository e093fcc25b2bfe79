"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { showFieldErrors } from "@/components/ui/show-field-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { actionOutcome } from "@/lib/core/action-result";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { createExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import { isAllowedInPhase } from "@/lib/exercises/library";
import { createTemplateAction } from "@/lib/programs/actions";
import { templateSchemaFor } from "@/lib/programs/rules";
import type { TemplateInput } from "@/lib/programs/schema";

const EMPTY: TemplateInput = { name: "", phase: "SUBACUTE", description: "", exerciseCodes: [] };

/** An admin's new clinic template: a name, a phase, and exercises (shared or the clinic's own) allowed in that phase. */
export function TemplateForm({ clinicExercises }: { clinicExercises: readonly ClinicExerciseDefinition[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const catalogue = useMemo(() => createExerciseCatalogue(clinicExercises), [clinicExercises]);
  const schema = useMemo(() => templateSchemaFor(catalogue), [catalogue]);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<TemplateInput>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const phase = useWatch({ control, name: "phase" });

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const outcome = actionOutcome(await createTemplateAction(values));
    if (!outcome.ok) {
      showFieldErrors(setError, outcome.fieldErrors);
      return setMessage({ tone: "error", text: outcome.message });
    }
    reset(EMPTY);
    setMessage({ tone: "info", text: `Template “${values.name}” saved.` });
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="template-name" label="Name" required error={errors.name?.message}>
            {(control) => <input {...control} {...register("name")} className={inputClasses} />}
          </Field>
          <Field id="template-phase" label="Phase" required error={errors.phase?.message}>
            {(control) => (
              <select {...control} {...register("phase")} className={inputClasses}>
                {Object.entries(PHASE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="template-description" label="Description" error={errors.description?.message}>
          {(control) => <input {...control} {...register("description")} className={inputClasses} />}
        </Field>
        <fieldset className="rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium">Exercises allowed in this phase</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {catalogue.offered.filter((exercise) => isAllowedInPhase(exercise, phase)).map((exercise) => (
              <label key={exercise.code} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={exercise.code} {...register("exerciseCodes")} className="size-4" />
                {exercise.name} <span className="text-xs text-slate-600">({exercise.code})</span>
              </label>
            ))}
          </div>
          {errors.exerciseCodes && <p className="mt-2 text-sm text-red-700">{errors.exerciseCodes.message ?? errors.exerciseCodes.root?.message}</p>}
        </fieldset>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save template"}
        </Button>
      </fieldset>
    </form>
  );
}
