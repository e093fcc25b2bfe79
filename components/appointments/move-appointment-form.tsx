"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { asOptions, Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { moveAppointmentAction } from "@/lib/appointments/actions";
import { handedOverHref } from "@/lib/appointments/hand-over";
import { REASON_MAX } from "@/lib/appointments/labels";
import type { MoveAppointmentFields } from "@/lib/appointments/schema";
import type { NamedOption } from "@/lib/appointments/types";
import { VISIT_TYPE_LABELS, VISIT_TYPES, type VisitType } from "@/lib/clinics/visit-types";

const TYPE_OPTIONS = VISIT_TYPES.map((type) => ({ value: type, label: VISIT_TYPE_LABELS[type] }));

type Visit = { id: string; version: number; start: string; minutes: number; clinicianId: string; type: VisitType };

/**
 * Changes a booked visit: a new start (the clinic's wall clock) and length, another clinician (a
 * hand-over) or another type, with a reason. Carries the version the page showed: a change made
 * meanwhile is reported, not overwritten. The page remounts the form with the new version after a
 * change (its key). A clinician who hands their visit to a colleague can no longer open it: they go to
 * their own diary on the visit's day, which names the colleague.
 */
export function MoveAppointmentForm({ visit, clinicians, timeZone }: { visit: Visit; clinicians: NamedOption[]; timeZone: string }) {
  const router = useRouter();
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/appointments/schema").then((module) => module.moveAppointmentFieldsSchema),
    defaultValues: { start: visit.start, minutes: String(visit.minutes), clinicianId: visit.clinicianId, type: visit.type, reason: "" } satisfies MoveAppointmentFields,
    action: (values: MoveAppointmentFields) => moveAppointmentAction({ ...values, appointmentId: visit.id, version: visit.version }),
    refusalMessage: (refusal) => (Object.keys(refusal.fieldErrors).length ? null : refusal.message),
    onSuccess: ({ handedTo }) => {
      router.replace(handedTo ? handedOverHref(form.getValues("start").slice(0, 10), form.getValues("clinicianId")) : `/appointments/${visit.id}?moved=1`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="move-heading" className="space-y-4">
      <div>
        <h2 id="move-heading" className="text-lg font-semibold">
          Change the visit
        </h2>
        <p className="text-sm text-slate-700">Its time, length, clinician or type. Handing it to a colleague moves it to their diary.</p>
      </div>
      <FormFieldset busy={isSubmitting} className="m-0 grid min-w-0 gap-4 border-0 p-0 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessages error={formError} />
        </div>
        <Field id="move-start" label="Start" required hint={`Day and time in the clinic's zone (${timeZone}).`} error={errors.start?.message}>
          {(control) => <input {...control} {...register("start")} type="datetime-local" step={300} className={inputClasses} />}
        </Field>
        <Field id="move-minutes" label="Length (minutes)" required error={errors.minutes?.message}>
          {(control) => <input {...control} {...register("minutes")} inputMode="numeric" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="move-clinician" label="Clinician" required error={errors.clinicianId?.message}>
          {(control) => (
            <select {...control} {...register("clinicianId")} className={inputClasses}>
              <Options options={asOptions(clinicians)} />
            </select>
          )}
        </Field>
        <Field id="move-type" label="Type of visit" required error={errors.type?.message}>
          {(control) => (
            <select {...control} {...register("type")} className={inputClasses}>
              <Options options={TYPE_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="move-reason" label="Reason for the change" required hint={`At most ${REASON_MAX} characters.`} error={errors.reason?.message} className="sm:col-span-2">
          {(control) => <textarea {...control} {...register("reason")} rows={2} className={inputClasses} />}
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? "Saving…" : "Change visit"}
          </Button>
        </div>
      </FormFieldset>
    </form>
  );
}
