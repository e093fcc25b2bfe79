"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { addVisitNoteAddendumAction } from "@/lib/visit-notes/actions";
import { ADDENDUM_MAX } from "@/lib/visit-notes/limits";
import type { AddendumFields } from "@/lib/visit-notes/schema";

/** Adds a dated addendum to a signed note; a double submit stores one (requestId per written addendum). */
export function AddendumForm({ noteId }: { noteId: string }) {
  const router = useRouter();
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError, notice, setNotice } = useActionForm({
    schema: () => import("@/lib/visit-notes/schema").then((module) => module.addendumFieldsSchema),
    defaultValues: { text: "" },
    action: (values: AddendumFields) => addVisitNoteAddendumAction({ ...values, noteId, requestId }),
    onSuccess: () => {
      form.reset({ text: "" });
      setRequestId(crypto.randomUUID());
      setNotice("Addendum added.");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-label="Add an addendum">
      <FormFieldset busy={isSubmitting} className="m-0 min-w-0 space-y-3 border-0 p-0">
        <FormMessages error={formError} notice={notice} />
        <Field id="addendum-text" label="Addendum" required hint={`A correction or addition, dated and signed with your name. Up to ${ADDENDUM_MAX.toLocaleString("en-GB")} characters.`} error={errors.text?.message}>
          {(control) => <textarea {...control} {...register("text")} rows={3} className={inputClasses} />}
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add addendum"}
        </Button>
      </FormFieldset>
    </form>
  );
}
