"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/accounts/actions";
import type { ChangePasswordInput } from "@/lib/accounts/schema";
import { MIN_PASSWORD_LENGTH } from "@/lib/core/auth/password-length";

/** Controls at least 44 px tall: patients use this on their phones. */
const touchInput = `${inputClasses} min-h-11`;

/**
 * Changes the signed-in user's password. Success ends every session of the account, this one too,
 * so it goes straight to sign-in, which says why.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/accounts/schema").then((module) => module.changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: (values: ChangePasswordInput) => changePasswordAction(values),
    onSuccess: () => router.replace("/login?passwordChanged=1"),
    refusalMessage: ({ fieldErrors, message }) => (fieldErrors.currentPassword || fieldErrors.newPassword || fieldErrors.confirmPassword ? null : message),
    unreachableMessage: "Rehabit could not be reached, so your password was not changed. Check your connection and try again.",
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 space-y-4 border-0 p-0">
        {formError && <Alert>{formError}</Alert>}
        {/* For password managers: which account this password belongs to. */}
        <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
        <Field id="currentPassword" label="Current password" required error={errors.currentPassword?.message}>
          {(control) => <input {...control} {...register("currentPassword")} type="password" autoComplete="current-password" className={touchInput} />}
        </Field>
        <Field id="newPassword" label="New password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters, not one of the most common passwords.`} error={errors.newPassword?.message}>
          {(control) => <input {...control} {...register("newPassword")} type="password" autoComplete="new-password" className={touchInput} />}
        </Field>
        <Field id="confirmPassword" label="Confirm new password" required error={errors.confirmPassword?.message}>
          {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" className={touchInput} />}
        </Field>
        <p className="text-sm text-slate-700">Changing your password signs you out everywhere, here too: you then sign in with the new one.</p>
        <Button type="submit" className="min-h-11" disabled={isSubmitting}>
          {isSubmitting ? "Changing password…" : "Change password"}
        </Button>
      </FormFieldset>
    </form>
  );
}
