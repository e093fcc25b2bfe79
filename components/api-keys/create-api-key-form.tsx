"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import { createApiKeyAction } from "@/lib/api-keys/actions";
import type { CreateApiKeyFields, CreateApiKeyInput } from "@/lib/api-keys/schema";
import type { NewApiKeyDTO } from "@/lib/api-keys/types";

const EMPTY: CreateApiKeyFields = { name: "" };

/** Names and creates a key; the server's answer (the token, once) goes to the page's working area. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (key: NewApiKeyDTO) => void }) {
  const router = useRouter();
  const { form: { reset }, register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/api-keys/schema").then((module) => module.createApiKeySchema),
    defaultValues: EMPTY,
    action: (values: CreateApiKeyInput) => createApiKeyAction(values),
    onSuccess: (key) => {
      reset(EMPTY);
      onCreated(key);
      router.refresh();
    },
    refusalMessage: ({ fieldErrors, message }) => fieldErrors._form?.[0] ?? (fieldErrors.name ? null : message),
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="create-api-key-heading">
      <FormFieldset className="m-0 min-w-0 space-y-3 border-0 p-0">
        {formError && <Alert>{formError}</Alert>}
        <Field id="api-key-name" label="Key name" required error={errors.name?.message}>
          {(control) => <input {...control} {...register("name")} autoComplete="off" placeholder="e.g. Hospital EHR sync" className={inputClasses} />}
        </Field>
        <p className="text-xs text-slate-600">
          The key reads every patient record of this clinic through the FHIR API, read-only. Name it after the system that will hold it.
        </p>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create API key"}
        </Button>
      </FormFieldset>
    </form>
  );
}
