"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { cancelAppointmentAction } from "@/lib/appointments/actions";
import { REASON_MAX } from "@/lib/appointments/labels";
import type { CancelAppointmentFields } from "@/lib/appointments/schema";

/** Cancels a booked visit with a reason; the slot is free again. Versioned like the move. */
export function CancelAppointmentForm({ appointmentId, version }: { appointmentId: string; version: number }) {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/appointments/schema").then((module) => module.cancelAppointmentFieldsSchema),
    defaultValues: { reason: "" } satisfies CancelAppointmentFields,
    action: (values: CancelAppointmentFields) => cancelAppointmentAction({ ...values, appointmentId, version }),
    refusalMessage: (refusal) => (Object.keys(refusal.fieldErrors).length ? null : refusal.message),
    onSuccess: () => {
      router.replace(`/appointments/${appointmentId}?cancelled=1`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="cancel-heading" className="space-y-4">
      <h2 id="cancel-heading" className="text-lg font-semibold">
        Cancel the visit
      </h2>
      <FormFieldset busy={isSubmitting} className="m-0 min-w-0 space-y-4 border-0 p-0">
        <FormMessages error={formError} />
        <Field id="cancel-reason" label="Reason for cancelling" required hint={`At most ${REASON_MAX} characters.`} error={errors.reason?.message}>
          {(control) => <textarea {...control} {...register("reason")} rows={2} className={inputClasses} />}
        </Field>
        <Button type="submit" variant="danger" disabled={isSubmitting}>
          {isSubmitting ? "Cancelling…" : "Cancel visit"}
        </Button>
      </FormFieldset>
    </form>
  );
}
