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
import type { ClinicianOption } from "@/lib/assessments/types";
import { openEpisodeAction } from "@/lib/episodes/actions";
import { INJURY_SIDE_OPTIONS, MECHANISM_OPTIONS } from "@/lib/episodes/labels";
import type { OpenEpisodeFields } from "@/lib/episodes/schema";

/** Opens an episode of care; it starts in the acute phase. */
export function EpisodeForm({ patientId, clinicians, defaultValues }: { patientId: string; clinicians: ClinicianOption[]; defaultValues: OpenEpisodeFields }) {
  const router = useRouter();
  const [requestId] = useState(() => crypto.randomUUID());
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/episodes/schema").then((module) => module.openEpisodeFieldsSchema),
    defaultValues,
    action: (values: OpenEpisodeFields) => openEpisodeAction({ ...values, patientId, requestId }),
    onSuccess: ({ id }) => {
      router.push(`/patients/${patientId}/episodes/${id}`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 grid min-w-0 gap-4 border-0 p-0 sm:grid-cols-2">
        {formError && (
          <div className="sm:col-span-2">
            <Alert>{formError}</Alert>
          </div>
        )}
        <Field id="diagnosis" label="Diagnosis" required error={errors.diagnosis?.message} className="sm:col-span-2">
          {(control) => <input {...control} {...register("diagnosis")} placeholder="e.g. Right hamstring strain" className={inputClasses} />}
        </Field>
        <Field id="icd10Code" label="ICD-10 code" hint="e.g. S76.3 (injury of the posterior thigh muscles)" error={errors.icd10Code?.message}>
          {(control) => <input {...control} {...register("icd10Code")} autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="side" label="Injured side" required error={errors.side?.message}>
          {(control) => (
            <select {...control} {...register("side")} className={inputClasses}>
              <Options options={INJURY_SIDE_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="onsetDate" label="Onset date" required error={errors.onsetDate?.message}>
          {(control) => <input {...control} {...register("onsetDate")} type="date" className={inputClasses} />}
        </Field>
        <Field id="mechanism" label="Injury mechanism" required error={errors.mechanism?.message}>
          {(control) => (
            <select {...control} {...register("mechanism")} className={inputClasses}>
              <Options options={MECHANISM_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="clinicianId" label="Responsible clinician" required error={errors.clinicianId?.message}>
          {(control) => (
            <select {...control} {...register("clinicianId")} className={inputClasses}>
              <Options options={asOptions(clinicians)} />
            </select>
          )}
        </Field>
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Opening…" : "Open episode"}
          </Button>
          <Link href={`/patients/${patientId}/episodes`} className={buttonClasses("secondary")}>
            Cancel
          </Link>
        </div>
      </FormFieldset>
    </form>
  );
}
