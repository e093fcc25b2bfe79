"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import { inviteStaffAction } from "@/lib/staff/actions";
import { STAFF_ROLE_LABELS } from "@/lib/staff/labels";
import type { InviteStaffFields, InviteStaffInput } from "@/lib/staff/schema";
import { STAFF_ROLES } from "@/lib/staff/staff-rules";
import type { StaffLinkDTO } from "@/lib/staff/types";

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));
const EMPTY: InviteStaffFields = { name: "", email: "", role: "CLINICIAN" };

/** Creates an invited account and its one-time link; the server's answers land on the same fields. */
export function InviteStaffForm({ onCreated }: { onCreated: (link: StaffLinkDTO) => void }) {
  const router = useRouter();
  const { form: { reset }, register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/staff/schema").then((module) => module.inviteStaffSchema),
    defaultValues: EMPTY,
    action: (values: InviteStaffInput) => inviteStaffAction(values),
    onSuccess: (link) => {
      reset(EMPTY);
      onCreated(link);
      router.refresh();
    },
    refusalMessage: ({ fieldErrors, message }) => {
      const onAField = ["name", "email", "role"].some((field) => fieldErrors[field]);
      return fieldErrors._form?.[0] ?? (onAField ? null : message);
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="invite-staff-heading">
      <FormFieldset className="m-0 min-w-0 space-y-3 border-0 p-0">
        {formError && <Alert>{formError}</Alert>}
        <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto]">
          <Field id="staff-name" label="Full name" required error={errors.name?.message}>
            {(control) => <input {...control} {...register("name")} autoComplete="off" className={inputClasses} />}
          </Field>
          <Field id="staff-email" label="Sign-in e-mail" required error={errors.email?.message}>
            {(control) => <input {...control} {...register("email")} type="email" autoComplete="off" className={inputClasses} />}
          </Field>
          <Field id="staff-role" label="Role" required error={errors.role?.message}>
            {(control) => (
              <select {...control} {...register("role")} className={inputClasses}>
                <Options options={ROLE_OPTIONS} />
              </select>
            )}
          </Field>
        </div>
        <p className="text-xs text-slate-600">
          No e-mail is sent: you copy the link and give it to the person. It works once, for {INVITATION_VALID_HOURS} hours, and lets them choose
          their password.
        </p>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create invitation link"}
        </Button>
      </FormFieldset>
    </form>
  );
}
