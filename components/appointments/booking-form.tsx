"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { asOptions, Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { bookAppointmentAction } from "@/lib/appointments/actions";
import type { BookAppointmentFields } from "@/lib/appointments/schema";
import type { BookingPageDTO } from "@/lib/appointments/types";
import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from "@/lib/clinics/visit-types";

const TYPE_OPTIONS = VISIT_TYPES.map((type) => ({ value: type, label: VISIT_TYPE_LABELS[type] }));

/**
 * Books a visit for one patient. The start is the clinic's wall clock (the server reads it in the
 * clinic's zone, whatever the browser's); the length starts at the clinic's default for the type and
 * follows the type until changed. A double booking comes back as the message on the start field.
 */
export function BookingForm({ page }: { page: BookingPageDTO }) {
  const router = useRouter();
  const [requestId] = useState(() => crypto.randomUUID());
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/appointments/schema").then((module) => module.bookAppointmentFieldsSchema),
    defaultValues: page.defaults satisfies BookAppointmentFields,
    action: (values: BookAppointmentFields) => bookAppointmentAction({ ...values, patientId: page.patient.id, requestId }),
    refusalMessage: (refusal) => (Object.keys(refusal.fieldErrors).length ? null : refusal.message),
    onSuccess: ({ id }) => {
      router.push(`/appointments/${id}?booked=1`);
      router.refresh();
    },
  });
  const type = register("type", { onChange: (event: { target: { value: string } }) => form.setValue("minutes", String(page.visitMinutes[event.target.value as VisitType])) });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="booking-heading">
      <FormFieldset busy={isSubmitting} className="m-0 grid min-w-0 gap-4 border-0 p-0 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessages error={formError} />
        </div>
        <Field id="booking-clinician" label="Clinician" required error={errors.clinicianId?.message}>
          {(control) => (
            <select {...control} {...register("clinicianId")} className={inputClasses}>
              <Options options={asOptions(page.clinicians)} />
            </select>
          )}
        </Field>
        <Field id="booking-type" label="Type of visit" required error={errors.type?.message}>
          {(control) => (
            <select {...control} {...type} className={inputClasses}>
              <Options options={TYPE_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="booking-start" label="Starts" required hint={`Day and time in the clinic's zone (${page.timeZone}).`} error={errors.start?.message}>
          {(control) => <input {...control} {...register("start")} type="datetime-local" step={300} className={inputClasses} />}
        </Field>
        <Field id="booking-minutes" label="Length (minutes)" required hint="Starts at the clinic's default for the type." error={errors.minutes?.message}>
          {(control) => <input {...control} {...register("minutes")} inputMode="numeric" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="booking-episode" label="Episode of care" error={errors.episodeId?.message} className="sm:col-span-2">
          {(control) => (
            <select {...control} {...register("episodeId")} className={inputClasses}>
              <option value="">None</option>
              <Options options={asOptions(page.episodes)} />
            </select>
          )}
        </Field>
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Booking…" : "Book visit"}
          </Button>
          <Link href={`/patients/${page.patient.id}/visits`} className={buttonClasses("secondary")}>
            Cancel
          </Link>
        </div>
      </FormFieldset>
    </form>
  );
}
