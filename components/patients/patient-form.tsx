"use client";

import { useRouter } from "next/navigation";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { createPatientAction, updatePatientAction } from "@/lib/patients/actions";
import { LEG_OPTIONS, SEX_OPTIONS } from "@/lib/patients/labels";
import type { PatientFields } from "@/lib/patients/schema";

type Mode = { kind: "create" } | { kind: "edit"; id: string; version: number };

/**
 * Create or edit a patient. The zod schema that validates on the server validates here first; the
 * server's field errors (a duplicate record number, a concurrent edit) land on the same fields.
 */
export function PatientForm({ mode, defaultValues }: { mode: Mode; defaultValues: PatientFields }) {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm({
    schema: () => import("@/lib/patients/schema").then((module) => module.patientFieldsSchema),
    defaultValues,
    action: (values: PatientFields) =>
      mode.kind === "create" ? createPatientAction(values) : updatePatientAction({ ...values, id: mode.id, version: mode.version }),
    onSuccess: ({ id }) => {
      router.push(`/patients/${id}`);
      router.refresh();
    },
  });

  const error = (name: keyof PatientFields) => errors[name]?.message;

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate>
      <FormFieldset className="m-0 min-w-0 border-0 p-0 space-y-6">
      {formError && <Alert>{formError}</Alert>}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Identity</legend>
        <Field id="firstName" label="First name" required error={error("firstName")}>
          {(control) => <input {...control} {...register("firstName")} autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="lastName" label="Last name" required error={error("lastName")}>
          {(control) => <input {...control} {...register("lastName")} autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="dateOfBirth" label="Date of birth" required error={error("dateOfBirth")}>
          {(control) => <input {...control} {...register("dateOfBirth")} type="date" className={inputClasses} />}
        </Field>
        <Field id="sex" label="Sex" required error={error("sex")}>
          {(control) => (
            <select {...control} {...register("sex")} className={inputClasses}>
              <Options options={SEX_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="recordNumber" label="Record number" required hint="Unique within this clinic" error={error("recordNumber")}>
          {(control) => <input {...control} {...register("recordNumber")} autoComplete="off" className={inputClasses} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Activity</legend>
        <Field id="dominantLeg" label="Dominant leg" error={error("dominantLeg")}>
          {(control) => (
            <select {...control} {...register("dominantLeg")} className={inputClasses}>
              <Options options={LEG_OPTIONS} />
            </select>
          )}
        </Field>
        <Field id="sport" label="Sport or activity" error={error("sport")}>
          {(control) => <input {...control} {...register("sport")} className={inputClasses} />}
        </Field>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">Contact</legend>
        <Field id="email" label="E-mail" error={error("email")}>
          {(control) => <input {...control} {...register("email")} type="email" autoComplete="off" className={inputClasses} />}
        </Field>
        <Field id="phone" label="Phone" error={error("phone")}>
          {(control) => <input {...control} {...register("phone")} type="tel" autoComplete="off" className={inputClasses} />}
        </Field>
      </fieldset>

      <Field id="notes" label="Notes" hint="At most 2,000 characters" error={error("notes")}>
        {(control) => <textarea {...control} {...register("notes")} rows={4} className={inputClasses} />}
      </Field>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : mode.kind === "create" ? "Register patient" : "Save changes"}
        </Button>
        <Link href={mode.kind === "edit" ? `/patients/${mode.id}` : "/patients"} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
      </FormFieldset>
    </form>
  );
}
