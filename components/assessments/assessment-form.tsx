"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { asOptions, Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { createAssessmentAction, updateAssessmentAction } from "@/lib/assessments/actions";
import { MEASURES, SECTIONS } from "@/lib/assessments/catalogue";
import type { MeasureDefinition } from "@/lib/assessments/catalogue-types";
import type { AssessmentFormValues } from "@/lib/assessments/schema";
import type { ClinicianOption, NamedOption } from "@/lib/assessments/types";
import { MeasureFields } from "./measure-fields";

type Mode = { kind: "create" } | { kind: "edit"; id: string; version: number };

/**
 * The structured assessment form: sections of measures with left and right side by side, each value
 * with its method. Only the date and clinician are required, so a partial assessment saves. The
 * catalogue-generated schema validates here and again on the server.
 */
export function AssessmentForm({
  patientId,
  mode,
  defaultValues,
  clinicians,
  episodes,
}: {
  patientId: string;
  mode: Mode;
  defaultValues: AssessmentFormValues;
  clinicians: ClinicianOption[];
  /** The patient's open episodes of care. */
  episodes: NamedOption[];
}) {
  const router = useRouter();
  // One id per opened form: a double submission is stored once.
  const [requestId] = useState(() => crypto.randomUUID());
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/assessments/schema").then((module) => module.assessmentFieldsSchema),
    defaultValues,
    action: (values: AssessmentFormValues) =>
      mode.kind === "create"
        ? createAssessmentAction({ ...values, patientId, requestId })
        : updateAssessmentAction({ ...values, id: mode.id, version: mode.version }),
    onSuccess: ({ id }) => {
      router.push(`/patients/${patientId}/assessments/${id}`);
      router.refresh();
    },
    invalidMessage: "Some values need fixing before this assessment can be saved; see the messages beside them.",
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 border-0 p-0 space-y-6">
      {formError && <Alert>{formError}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="assessedOn" label="Date" required error={errors.assessedOn?.message}>
          {(control) => <input {...control} {...register("assessedOn")} type="date" className={inputClasses} />}
        </Field>
        <Field id="clinicianId" label="Clinician" required error={errors.clinicianId?.message}>
          {(control) => (
            <select {...control} {...register("clinicianId")} className={inputClasses}>
              <Options options={asOptions(clinicians)} />
            </select>
          )}
        </Field>
        <Field id="episodeId" label="Episode of care" error={errors.episodeId?.message}>
          {(control) => (
            <select {...control} {...register("episodeId")} className={inputClasses}>
              <option value="">None</option>
              <Options options={asOptions(episodes)} />
            </select>
          )}
        </Field>
        <Field id="bodyMassKg" label="Body mass (kg)" hint="Turns dynamometry into N/kg" error={errors.bodyMassKg?.message}>
          {(control) => <input {...control} {...register("bodyMassKg")} type="text" inputMode="decimal" className={inputClasses} />}
        </Field>
      </div>

      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="rounded-lg border border-slate-200 bg-white px-4 py-2 shadow-sm">
          <h2 id={`section-${section.id}`} className="pt-2 text-lg font-semibold">
            {section.label}
          </h2>
          {(MEASURES as readonly MeasureDefinition[])
            .filter((measure) => measure.section === section.id)
            .map((measure) => (
              <MeasureFields key={measure.code} measure={measure} register={register} errors={errors} />
            ))}
        </section>
      ))}

      <Field id="notes" label="Notes" hint="At most 4,000 characters" error={errors.notes?.message}>
        {(control) => <textarea {...control} {...register("notes")} rows={4} className={inputClasses} />}
      </Field>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode.kind === "create" ? "Save assessment" : "Save correction"}
        </Button>
        <Link href={`/patients/${patientId}/assessments${mode.kind === "edit" ? `/${mode.id}` : ""}`} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
      </FormFieldset>
    </form>
  );
}
