"use client";

import { useRef, useState, type BaseSyntheticEvent } from "react";
import { useForm, type FieldValues, type UseFormProps } from "react-hook-form";
import type { ActionOutcome, ActionResponse } from "@/lib/core/action-result";
import { lazyZodResolver, preloadSchema, type SchemaLoader } from "./lazy-zod-resolver";
import { runAction } from "./run-action";
import { showFieldErrors } from "./show-field-errors";

type Refusal = Extract<ActionOutcome<unknown>, { ok: false }>;

type ActionFormOptions<TFieldValues extends FieldValues, TParsed extends FieldValues, T> = Omit<UseFormProps<TFieldValues, unknown, TParsed>, "mode" | "reValidateMode" | "resolver"> & {
  /** Loads the zod schema the server action parses with; the form checks with it too (lazy-zod-resolver.ts). */
  schema: SchemaLoader<TFieldValues, TParsed>;
  /** Gets the fields as typed: the action's own schema parses them on the server (form-number.ts). */
  action: (values: TFieldValues) => Promise<ActionResponse<T>>;
  onSuccess: (value: T) => void | Promise<void>;
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
 * message, and what was typed stays when the action refuses or cannot be reached. The schema loads on
 * the form's first focus (`preloadSchema`, for the form's onFocus) or at the latest on the first submit.
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
  const [formError, setFormError] = useState<string | null>(null);
  // What the last success said ("Saved as version 3."); a new attempt clears it, valid or not.
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<TFieldValues, unknown, TParsed>({
    ...formOptions,
    resolver: lazyZodResolver(schema),
    mode: "onSubmit",
    reValidateMode: "onChange",
  });

  const submit = form.handleSubmit(
    async () => {
      setFormError(null);
      const outcome = await runAction(() => action(form.getValues()), unreachableMessage);
      if (outcome.ok) return onSuccess(outcome.value);
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
  const preloaded = useRef(false);
  const preload = () => {
    if (preloaded.current) return;
    preloaded.current = true;
    preloadSchema(schema);
  };
  return { form, register: form.register, errors, isSubmitting, onSubmit, preloadSchema: preload, formError, setFormError, notice, setNotice };
}
