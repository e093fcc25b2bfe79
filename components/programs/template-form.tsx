"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { createExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import { isAllowedInPhase } from "@/lib/exercises/library";
import { createTemplateAction } from "@/lib/programs/actions";
import { templateItemFromExercise, toTemplateItemFields } from "@/lib/programs/items";
import type { TemplateFields, TemplateInput } from "@/lib/programs/schema";
import { TemplateItemRow } from "./template-item-row";

const EMPTY: TemplateFields = { name: "", phase: "SUBACUTE", description: "", items: [] };

/**
 * An admin's new clinic template: a name, a phase, and exercises (shared or the clinic's own) allowed in
 * that phase, each with a dose and a why for the patient, which start from the exercise's defaults.
 */
export function TemplateForm({ clinicExercises }: { clinicExercises: readonly ClinicExerciseDefinition[] }) {
  const router = useRouter();
  const [chosen, setChosen] = useState("");
  const catalogue = useMemo(() => createExerciseCatalogue(clinicExercises), [clinicExercises]);
  const {
    form: { control, getValues, reset },
    register,
    errors,
    isSubmitting,
    onSubmit,
    preloadSchema,
    formError,
    notice,
    setNotice,
  } = useActionForm<TemplateFields, TemplateInput, { id: string }>({
    schema: () => import("@/lib/programs/schema").then((module) => module.templateSchemaFor(catalogue)),
    defaultValues: EMPTY,
    action: (values) => createTemplateAction(values),
    onSuccess: () => {
      const name = getValues("name").trim();
      reset(EMPTY);
      setNotice(`Template “${name}” saved.`);
      router.refresh();
    },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "items" });
  const phase = useWatch({ control, name: "phase" });
  const items = useWatch({ control, name: "items" });
  const inTemplate = new Set(items.map((item) => item.exerciseCode));

  const add = () => {
    const exercise = catalogue.byCode(chosen);
    if (exercise) append(toTemplateItemFields(templateItemFromExercise(exercise)));
    setChosen("");
  };

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 space-y-4 border-0 p-0">
        <FormMessages error={formError} notice={notice} />
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
        <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
          <legend className="px-1 text-sm font-medium">Exercises, each with its dose and why</legend>
          <div className="flex flex-wrap items-end gap-3">
            <div className="min-w-64 flex-1">
              <label htmlFor="template-add-exercise" className="mb-1 block text-sm font-medium">
                Add an exercise allowed in this phase
              </label>
              <select id="template-add-exercise" value={chosen} onChange={(event) => setChosen(event.target.value)} className={inputClasses}>
                <option value="">Choose from the library…</option>
                {catalogue.offered
                  .filter((exercise) => isAllowedInPhase(exercise, phase) && !inTemplate.has(exercise.code))
                  .map((exercise) => (
                    <option key={exercise.code} value={exercise.code}>
                      {exercise.name} ({exercise.code})
                    </option>
                  ))}
              </select>
            </div>
            <Button variant="secondary" disabled={!chosen} onClick={add}>
              Add to template
            </Button>
          </div>
          {fields.length > 0 && (
            <ol className="space-y-2" aria-label="Template exercises">
              {fields.map((field, index) => (
                <TemplateItemRow key={field.id} index={index} code={field.exerciseCode} exercise={catalogue.byCode(field.exerciseCode)} register={register} errors={errors} onRemove={remove} />
              ))}
            </ol>
          )}
          {errors.items && <p className="text-sm text-red-700">{errors.items.message ?? errors.items.root?.message}</p>}
        </fieldset>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save template"}
        </Button>
      </FormFieldset>
    </form>
  );
}
