"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { createExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import { isAllowedInPhase } from "@/lib/exercises/library";
import type { Phase } from "@/lib/exercises/library-types";
import { saveProgramAction } from "@/lib/programs/actions";
import { itemLoadChange, type LoadHistory } from "@/lib/programs/rules";
import { itemDoseOf, itemFromExercise, itemFromTemplate, toItemFields } from "@/lib/programs/items";
import type { ProgramFields, ProgramInput, ProgramItemFields } from "@/lib/programs/schema";
import type { Suggestion } from "@/lib/programs/suggestions";
import type { ProgramTemplate } from "@/lib/programs/templates";
import { ProgramItemRow } from "./program-item-row";

type Props = {
  episodeId: string;
  phase: Phase;
  baseVersion: number;
  /** The current version's items; their load-change reasons are cleared, as each rise needs its own. */
  previousItems: ProgramItemFields[];
  loadHistory: LoadHistory;
  suggestions: Suggestion[];
  templates: ProgramTemplate[];
  /** The clinic's own exercises; with the shared library they make the catalogue the picker offers. */
  clinicExercises: readonly ClinicExerciseDefinition[];
};

/**
 * Builds the episode's program for its current phase: from a template, from suggestions, or by hand;
 * doses each item; saving makes a new version. The same rules as the server show as the clinician edits.
 */
export function ProgramEditor({ episodeId, phase, baseVersion, previousItems, loadHistory, suggestions, templates, clinicExercises }: Props) {
  const router = useRouter();
  const [chosen, setChosen] = useState("");
  const catalogue = useMemo(() => createExerciseCatalogue(clinicExercises), [clinicExercises]);
  // A new item dosed from its exercise's defaults, its why the finding's or else the exercise's purpose;
  // a code the catalogue does not offer is skipped.
  const newItems = (codes: readonly string[], rationale = "", patientReason?: string) =>
    codes.flatMap((code) => {
      const exercise = catalogue.isOffered(code) ? catalogue.byCode(code) : undefined;
      return exercise ? [toItemFields(itemFromExercise(exercise, rationale, patientReason))] : [];
    });
  // A template's items with the template's doses and whys.
  const templateItems = (template: ProgramTemplate) =>
    template.items.flatMap((item) => (catalogue.isOffered(item.exerciseCode) ? [toItemFields(itemFromTemplate(item, catalogue.byCode(item.exerciseCode)))] : []));
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
  } = useActionForm<ProgramFields, ProgramInput, { version: number }>({
    schema: () => import("@/lib/programs/schema").then((module) => module.programFieldsSchema),
    defaultValues: { note: "", items: previousItems },
    action: (values) => saveProgramAction({ ...values, episodeId, baseVersion }),
    onSuccess: ({ version }) => {
      // The saved items become the form's new baseline; the refreshed page brings the new version number.
      reset(getValues());
      setNotice(`Saved as version ${version}.`);
      router.refresh();
    },
  });
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "items" });
  const items = useWatch({ control, name: "items" });
  const inProgram = new Set(items.map((item) => item.exerciseCode));

  // The load guard as the server will judge it, once the item's dose reads as numbers.
  const loadChangeOf = (item: ProgramItemFields | undefined) => {
    const dose = item && itemDoseOf(item);
    return dose ? itemLoadChange(dose, loadHistory.recent, catalogue, loadHistory.on) : null;
  };

  const allowed = catalogue.offered.filter((exercise) => isAllowedInPhase(exercise, phase));
  const notAllowed = catalogue.offered.filter((exercise) => !isAllowedInPhase(exercise, phase));

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 space-y-4 border-0 p-0">
        <FormMessages error={formError} notice={notice} />
        <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="min-w-64 flex-1">
            <label htmlFor="add-exercise" className="mb-1 block text-sm font-medium">
              Add an exercise
            </label>
            <select id="add-exercise" value={chosen} onChange={(event) => setChosen(event.target.value)} className={inputClasses}>
              <option value="">Choose from the library…</option>
              <optgroup label="Allowed in this phase">
                {allowed.map((exercise) => (
                  <option key={exercise.code} value={exercise.code}>
                    {exercise.name} ({exercise.code})
                  </option>
                ))}
              </optgroup>
              <optgroup label="Not allowed in this phase (needs a reason)">
                {notAllowed.map((exercise) => (
                  <option key={exercise.code} value={exercise.code}>
                    {exercise.name} ({exercise.code})
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <Button variant="secondary" disabled={!chosen} onClick={() => (append(newItems([chosen])), setChosen(""))}>
            Add
          </Button>
          {templates.map((template) => (
            <Button key={template.id} variant="secondary" onClick={() => replace(templateItems(template))}>
              Use template: {template.name}
            </Button>
          ))}
        </div>

        {suggestions.length > 0 && (
          <section aria-labelledby="suggestions-heading" className="rounded-lg border border-brand-600/30 bg-brand-50 p-4">
            <h3 id="suggestions-heading" className="font-semibold text-brand-800">
              Suggested from the latest findings
            </h3>
            <ul className="mt-2 space-y-2">
              {suggestions.map((suggestion) => (
                <li key={suggestion.exerciseCode} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>{suggestion.reason}</span>
                  <Button
                    variant="secondary"
                    disabled={inProgram.has(suggestion.exerciseCode)}
                    onClick={() => append(newItems([suggestion.exerciseCode], suggestion.reason, suggestion.patientReason))}
                    aria-label={`Add ${suggestion.exerciseName}`}
                  >
                    {inProgram.has(suggestion.exerciseCode) ? "In the program" : "Add"}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        )}

        {fields.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-700">
            No exercises yet: start from a template, a suggestion, or the library.
          </p>
        ) : (
          <ol className="space-y-3" aria-label="Program exercises">
            {fields.map((field, index) => (
              <ProgramItemRow
                key={field.id}
                index={index}
                count={fields.length}
                exercise={catalogue.byCode(field.exerciseCode)}
                code={field.exerciseCode}
                rationale={field.rationale}
                phase={phase}
                change={loadChangeOf(items[index])}
                register={register}
                errors={errors}
                onMove={move}
                onRemove={remove}
              />
            ))}
          </ol>
        )}

        <div>
          <label htmlFor="program-note" className="mb-1 block text-sm font-medium">
            What changed in this version <span className="font-normal text-slate-600">(optional)</span>
          </label>
          <input id="program-note" {...register("note")} className={inputClasses} />
        </div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : baseVersion === 0 ? "Save program" : `Save as version ${baseVersion + 1}`}
        </Button>
      </FormFieldset>
    </form>
  );
}
