"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { showFieldErrors } from "@/components/ui/show-field-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { actionOutcome } from "@/lib/core/action-result";
import { invitePatientAction } from "@/lib/invitations/actions";
import { inviteFieldsSchema, type InviteFields } from "@/lib/invitations/schema";
import { INVITATION_VALID_HOURS } from "@/lib/invitations/state";
import type { CreatedInvitationDTO } from "@/lib/invitations/types";

/** Asks for the patient's sign-in e-mail and creates a one-time invitation link. */
export function InviteForm({
  patientId,
  defaultEmail,
  replacesPending,
  onCreated,
  onCancel,
}: {
  patientId: string;
  defaultEmail: string;
  replacesPending: boolean;
  onCreated: (invitation: CreatedInvitationDTO) => void;
  onCancel: () => void;
}) {
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InviteFields>({ resolver: zodResolver(inviteFieldsSchema), defaultValues: { email: defaultEmail } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const outcome = actionOutcome(await invitePatientAction({ ...values, patientId }));
    if (!outcome.ok) {
      showFieldErrors(setError, outcome.fieldErrors);
      return setFormError(outcome.fieldErrors._form?.[0] ?? (outcome.fieldErrors.email ? null : outcome.message));
    }
    onCreated(outcome.value);
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Invite to portal">
      <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-3 border-0 p-0">
        {formError && <Alert>{formError}</Alert>}
        <Field
          id="portal-email"
          label="Sign-in e-mail"
          required
          hint={
            `The link works once, for ${INVITATION_VALID_HOURS} hours. No e-mail is sent: you copy the link and give it to the patient.` +
            (replacesPending ? " The pending link stops working." : "")
          }
          error={errors.email?.message}
        >
          {(control) => <input {...control} {...register("email")} type="email" autoComplete="off" className={inputClasses} />}
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Creating…" : "Create invitation link"}
          </Button>
          <Button variant="ghost" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
