"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { lazyZodResolver, preloadSchema, type SchemaLoader } from "@/components/ui/lazy-zod-resolver";
import { showFieldErrors } from "@/components/ui/show-field-errors";
import { useHydrated } from "@/components/ui/use-hydrated";
import { runAction } from "@/components/ui/run-action";
import { MIN_PASSWORD_LENGTH } from "@/lib/core/auth/password-length";
import type { ActionResponse } from "@/lib/core/action-result";
import type { SetPasswordFields } from "@/lib/invitations/schema";
import { UnusableInvitation } from "./unusable-invitation";

const loadSchema: SchemaLoader<SetPasswordFields, SetPasswordFields> = () => import("@/lib/invitations/schema").then((module) => module.setPasswordFieldsSchema);

/** Portal pages are used on phones: controls at least 44 px tall. */
const touchInput = `${inputClasses} min-h-11`;

type SetPasswordProps = {
  token: string;
  email: string;
  /** One sentence under the heading: whose account this is and what the password is for. */
  intro: string;
  /** The server action that takes the token and the password (a portal invitation or a password link). */
  submit: (input: SetPasswordFields & { token: string }) => Promise<ActionResponse<unknown>>;
  unusableMessage?: string;
};

/**
 * A person sets their password through a one-time link (a portal invitation, a staff invitation or a
 * reset), then signs in right here with the e-mail filled in, which also proves the new password
 * works. A link that turns out to be unusable when submitted (used meanwhile, expired) gets the same
 * page as one that was unusable on opening.
 */
export function SetPasswordForm({ token, email, intro, submit, unusableMessage }: SetPasswordProps) {
  const hydrated = useHydrated();
  const [step, setStep] = useState<"set" | "sign-in" | "unusable">("set");
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordFields>({ resolver: lazyZodResolver(loadSchema), defaultValues: { password: "", confirmPassword: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const outcome = await runAction(() => submit({ ...values, token }));
    if (outcome.ok) return setStep("sign-in");
    if (outcome.fieldErrors._form) return setStep("unusable");
    showFieldErrors(setError, outcome.fieldErrors);
    if (!outcome.fieldErrors.password && !outcome.fieldErrors.confirmPassword) setFormError(outcome.message);
  });

  if (step === "unusable") return <UnusableInvitation message={unusableMessage} />;
  if (step === "sign-in") {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Sign in</h1>
        <Alert tone="info">Password set — sign in with your new password.</Alert>
        <LoginForm defaultEmail={email} callbackUrl="/" />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Set your password</h1>
        <p className="mt-1 text-slate-700">{intro}</p>
      </div>
      <form onSubmit={onSubmit} onFocus={() => preloadSchema(loadSchema)} noValidate>
        <fieldset disabled={!hydrated} className="m-0 min-w-0 space-y-4 border-0 p-0">
          {formError && <Alert>{formError}</Alert>}
          <Field id="invite-email" label="Your sign-in e-mail" required>
            {(control) => <input {...control} type="email" value={email} readOnly autoComplete="username" className={`${touchInput} bg-slate-50`} />}
          </Field>
          <Field id="password" label="New password" required hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} error={errors.password?.message}>
            {(control) => <input {...control} {...register("password")} type="password" autoComplete="new-password" className={touchInput} />}
          </Field>
          <Field id="confirmPassword" label="Confirm new password" required error={errors.confirmPassword?.message}>
            {(control) => <input {...control} {...register("confirmPassword")} type="password" autoComplete="new-password" className={touchInput} />}
          </Field>
          <Button type="submit" className="min-h-11 w-full" disabled={isSubmitting}>
            {isSubmitting ? "Setting password…" : "Set password"}
          </Button>
        </fieldset>
      </form>
    </div>
  );
}
