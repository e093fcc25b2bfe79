"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { moveAppointmentAction } from "@/lib/appointments/actions";
import { REASON_MAX } from "@/lib/appointments/labels";
import type { MoveAppointmentFields } from "@/lib/appointments/schema";

/**
 * Moves a booked visit to a new start (the clinic's wall clock) and length, with a reason. Carries the
 * version the page showed: a change made meanwhile is reported, not overwritten. The page remounts the
 * form with the new version after a move (its key).
 */
export function MoveAppointmentForm({ appointmentId, version, start, minutes, timeZone }: { appointmentId: string; version: number; start: string; minutes: number; timeZone: string }) {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/appointments/schema").then((module) => module.moveAppointmentFieldsSchema),
    defaultValues: { start, minutes: String(minutes), reason: "" } satisfies MoveAppointmentFields,
    action: (values: MoveAppointmentFields) => moveAppointmentAction({ ...values, appointmentId, version }),
    refusalMessage: (refusal) => (Object.keys(refusal.fieldErrors).length ? null : refusal.message),
    onSuccess: () => {
      router.replace(`/appointments/${appointmentId}?moved=1`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="move-heading" className="space-y-4">
      <h2 id="move-heading" className="text-lg font-semibold">
        Move the visit
      </h2>
      <FormFieldset busy={isSubmitting} className="m-0 grid min-w-0 gap-4 border-0 p-0 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessages error={formError} />
        </div>
        <Field id="move-start" label="New start" required hint={`Day and time in the clinic's zone (${timeZone}).`} error={errors.start?.message}>
          {(control) => <input {...control} {...register("start")} type="datetime-local" step={300} className={inputClasses} />}
        </Field>
        <Field id="move-minutes" label="Length (minutes)" required error={errors.minutes?.message}>
          {(control) => <input {...control} {...register("minutes")} inputMode="numeric" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="move-reason" label="Reason for the move" required hint={`At most ${REASON_MAX} characters.`} error={errors.reason?.message} className="sm:col-span-2">
          {(control) => <textarea {...control} {...register("reason")} rows={2} className={inputClasses} />}
        </Field>
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? "Moving…" : "Move visit"}
          </Button>
        </div>
      </FormFieldset>
    </form>
  );
}
