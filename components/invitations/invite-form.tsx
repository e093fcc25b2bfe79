"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import { invitePatientAction } from "@/lib/invitations/actions";
import type { InviteFields } from "@/lib/invitations/schema";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
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
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/invitations/schema").then((module) => module.inviteFieldsSchema),
    defaultValues: { email: defaultEmail },
    action: (values: InviteFields) => invitePatientAction({ ...values, patientId }),
    onSuccess: onCreated,
    refusalMessage: ({ fieldErrors, message }) => fieldErrors._form?.[0] ?? (fieldErrors.email ? null : message),
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-label="Invite to portal">
      <FormFieldset className="m-0 min-w-0 space-y-3 border-0 p-0">
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
      </FormFieldset>
    </form>
  );
}
