"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateClinicSettingsAction } from "@/lib/clinics/actions";
import type { ClinicSettingsFields } from "@/lib/clinics/schema";
import type { ClinicSettingsDTO, ClinicSettingsPageDTO } from "@/lib/clinics/types";
import { VISIT_MINUTES, VISIT_MINUTES_FIELDS, VISIT_TYPE_LABELS, VISIT_TYPES } from "@/lib/clinics/visit-types";

type Fields = Omit<ClinicSettingsFields, "version">;

const fieldsOf = (settings: ClinicSettingsDTO): Fields => ({
  name: settings.name,
  timeZone: settings.timeZone,
  assessmentMinutes: String(settings.assessmentMinutes),
  treatmentMinutes: String(settings.treatmentMinutes),
  reviewMinutes: String(settings.reviewMinutes),
  telehealthMinutes: String(settings.telehealthMinutes),
});

/**
 * The clinic's name, time zone and default visit lengths. The save carries the version the page loaded,
 * so another admin's save in between is reported instead of overwritten; after a save the form holds
 * the new version, and the server revalidates every page (times and "today" follow the new zone).
 */
export function ClinicSettingsForm({ settings, timeZones }: ClinicSettingsPageDTO) {
  const [version, setVersion] = useState(settings.version);
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError, notice, setNotice } = useActionForm({
    schema: () => import("@/lib/clinics/schema").then((module) => module.clinicSettingsFieldsSchema),
    defaultValues: fieldsOf(settings),
    action: (values: Fields) => updateClinicSettingsAction({ ...values, version }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      form.reset(form.getValues());
      setNotice(saved.version === version ? "Nothing to save: the settings are as they were." : "Clinic settings saved.");
    },
  });
  const error = (name: keyof Fields) => errors[name]?.message;

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="clinic-settings-heading">
      <FormFieldset className="m-0 min-w-0 space-y-6 border-0 p-0">
        <FormMessages error={formError} notice={notice} />
        <Field id="clinic-name" label="Clinic name" required hint="Shown to staff and to patients in the portal." error={error("name")}>
          {(control) => <input {...control} {...register("name")} autoComplete="organization" className={inputClasses} />}
        </Field>
        <Field
          id="clinic-time-zone"
          label="Time zone"
          required
          hint="Staff dates (today, the latest date an assessment or onset can have, caseload windows) and every time staff see use this zone. Patients keep their own zone in the portal. The offset shown is today's."
          error={error("timeZone")}
        >
          {(control) => (
            <select {...control} {...register("timeZone")} className={inputClasses}>
              {timeZones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="m-0 min-w-0 border-0 p-0">
          <legend className="mb-1 text-base font-semibold">Default visit lengths</legend>
          <p className="mb-3 text-sm text-slate-700">
            In minutes, from {VISIT_MINUTES.min} to {VISIT_MINUTES.max} in steps of {VISIT_MINUTES.step}. A booking starts with its type&apos;s length.
          </p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {VISIT_TYPES.map((type) => {
              const name = VISIT_MINUTES_FIELDS[type];
              return (
                <Field key={type} id={`clinic-${name}`} label={`${VISIT_TYPE_LABELS[type]} (minutes)`} required error={error(name)}>
                  {(control) => <input {...control} {...register(name)} inputMode="numeric" autoComplete="off" className={inputClasses} />}
                </Field>
              );
            })}
          </div>
        </fieldset>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save settings"}
        </Button>
      </FormFieldset>
    </form>
  );
}
