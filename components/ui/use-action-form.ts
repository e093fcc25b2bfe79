"use client";

import { useState, type BaseSyntheticEvent } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues, type UseFormProps } from "react-hook-form";
import type { z } from "zod";
import { actionOutcome, type ActionOutcome, type ActionResponse } from "@/lib/core/action-result";
import { showFieldErrors } from "./show-field-errors";
import { useHydrated } from "./use-hydrated";

export const UNREACHABLE_MESSAGE = "Could not reach Rehabit. Check your connection and try again; what you entered is still here.";

type Refusal = Extract<ActionOutcome<unknown>, { ok: false }>;

/**
 * Calls a server action and folds its answer into an outcome. A request that never gets an answer
 * (offline, server down) rejects with "Failed to fetch"; it becomes a refusal saying so, like the
 * portal's buttons, instead of an uncaught error that leaves the form idle with no message.
 */
export async function runAction<T>(call: () => Promise<ActionResponse<T>>, unreachableMessage = UNREACHABLE_MESSAGE): Promise<ActionOutcome<T>> {
  let response: ActionResponse<T>;
  try {
    response = await call();
  } catch {
    return { ok: false, message: unreachableMessage, fieldErrors: {} };
  }
  return actionOutcome(response);
}

type ActionFormOptions<TFieldValues extends FieldValues, TParsed extends FieldValues, T> = Omit<UseFormProps<TFieldValues, unknown, TParsed>, "mode" | "reValidateMode" | "resolver"> & {
  /** The zod schema the server action parses with; the form checks with it too. */
  schema: z.ZodType<TParsed, TFieldValues>;
  /** Gets the fields as typed: the action's own schema parses them on the server (form-text.ts). */
  action: (values: TFieldValues) => Promise<ActionResponse<T>>;
  onSuccess: (value: T, values: TParsed) => void | Promise<void>;
  /**
   * The form-level message for a refusal, or null when the field messages say it all; default: the
   * refusal's message. A refusal with no field errors (an unreachable server) must keep its message.
   */
  refusalMessage?: (refusal: Refusal) => string | null;
  /** Shown above the form when the client-side check fails (focus goes to the first bad field either way). */
  invalidMessage?: string;
  unreachableMessage?: string;
};

/**
 * A react-hook-form form submitted to a server action: the zod schema checks first, the server's
 * field errors land on the same fields (the first is focused), anything else is one form-level
 * message, and what was typed stays when the action refuses or cannot be reached.
 *
 * Fields are checked on submit, and after a submit again as they change, never on blur: a message
 * appearing on blur moves the submit button between mousedown and mouseup, and that click is lost.
 */
export function useActionForm<TFieldValues extends FieldValues, TParsed extends FieldValues, T>({
  schema,
  action,
  onSuccess,
  refusalMessage = (refusal) => refusal.message,
  invalidMessage,
  unreachableMessage,
  ...formOptions
}: ActionFormOptions<TFieldValues, TParsed, T>) {
  const hydrated = useHydrated();
  const [formError, setFormError] = useState<string | null>(null);
  // What the last success said ("Saved as version 3."); a new attempt clears it, valid or not.
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<TFieldValues, unknown, TParsed>({
    ...formOptions,
    resolver: zodResolver(schema),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const submit = form.handleSubmit(
    async (values) => {
      setFormError(null);
      const outcome = await runAction(() => action(form.getValues()), unreachableMessage);
      if (outcome.ok) return onSuccess(outcome.value, values);
      showFieldErrors(form.setError, outcome.fieldErrors);
      setFormError(refusalMessage(outcome));
    },
    invalidMessage ? () => setFormError(invalidMessage) : undefined,
  );

  const onSubmit = (event?: BaseSyntheticEvent) => {
    setNotice(null);
    return submit(event);
  };

  const { errors, isSubmitting } = form.formState;
  return { form, register: form.register, errors, isSubmitting, onSubmit, formError, setFormError, notice, setNotice, hydrated };
}
