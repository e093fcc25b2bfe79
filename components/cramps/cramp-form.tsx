"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useWatch, type DefaultValues } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceChips } from "@/components/ui/choice-chips";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { LocalDateTimeInput } from "@/components/ui/local-datetime-input";
import { useActionForm } from "@/components/ui/use-action-form";
import { logCrampAction } from "@/lib/cramps/actions";
import { CRAMP_SEVERITY, FLUID_INTAKE_ML } from "@/lib/cramps/limits";
import type { CrampFields } from "@/lib/cramps/schema";
import type { CrampDTO } from "@/lib/cramps/types";
import { CONTEXT_OPTIONS, RELIEF_OPTIONS, SIDE_OPTIONS, SITE_OPTIONS, STRAIN_SIGN_OPTIONS, YES_NO_OPTIONS } from "./cramp-options";
import { CrampSavedNotice } from "./cramp-saved-notice";
import { DurationPicker } from "./duration-picker";

const SEVERITY_OPTIONS = Array.from({ length: CRAMP_SEVERITY.max - CRAMP_SEVERITY.min + 1 }, (_, index) => ({
  value: CRAMP_SEVERITY.min + index,
  label: String(CRAMP_SEVERITY.min + index),
}));

const FLUID_HINT = `About how much, from ${FLUID_INTAKE_ML.min} to ${FLUID_INTAKE_ML.max.toLocaleString("en")} ml.`;

/** A new entry starts at "now"; every choice is left for the patient to make. */
const blankCramp = (): DefaultValues<CrampFields> => ({ onsetAt: new Date().toISOString(), reliefMethods: [], strainSigns: [], fluidIntakeMl: null, notes: "" });

/** "Nothing" / "none of these" and any other choice cannot both be true: picking one clears the other. */
function withExclusiveNone<T extends string>(previous: readonly T[], next: T[]): T[] {
  const added = next.find((choice) => !previous.includes(choice));
  if (added === "NONE") return [added];
  return added ? next.filter((choice) => choice !== "NONE") : next;
}

/**
 * "Log a cramp", built for a tired patient on a phone: big chips, one tap per answer, onset already
 * set to now. The form makes an idempotency key per entry, so a double tap or a retry stores once.
 * After saving it shows the R-CRAMP advice for that cramp and starts a fresh entry.
 */
export function CrampForm() {
  const router = useRouter();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [saved, setSaved] = useState<CrampDTO | null>(null);
  const { form: { control, reset }, register, errors, isSubmitting, onSubmit, preloadSchema, formError } = useActionForm<CrampFields, CrampFields, CrampDTO>({
    schema: () => import("@/lib/cramps/schema").then((module) => module.crampFieldsSchema),
    defaultValues: blankCramp(),
    action: (values) => logCrampAction({ ...values, idempotencyKey }),
    onSuccess: (cramp) => {
      setSaved(cramp);
      setIdempotencyKey(crypto.randomUUID());
      reset(blankCramp());
      router.refresh();
    },
  });
  const context = useWatch({ control, name: "context" });

  return (
    <div className="space-y-4">
      {saved && <CrampSavedNotice cramp={saved} />}
      <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-label="Log a cramp">
        <FormFieldset busy={isSubmitting} className="m-0 min-w-0 space-y-6 border-0 p-0">
          {formError && <Alert>{formError}</Alert>}
          <Controller
            control={control}
            name="onsetAt"
            render={({ field, fieldState }) => (
              <Field id="cramp-onset" label="When did it start?" required hint="Set to now; change it if the cramp was earlier." error={fieldState.error?.message}>
                {(controlProps) => (
                  <LocalDateTimeInput
                    {...controlProps}
                    ref={field.ref}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    className={`${inputClasses} min-h-11 text-base`}
                  />
                )}
              </Field>
            )}
          />
          <Controller
            control={control}
            name="context"
            render={({ field, fieldState }) => (
              <ChoiceChips name="cramp-context" legend="What were you doing?" required options={CONTEXT_OPTIONS} value={field.value} onChange={field.onChange} error={fieldState.error?.message} inputRef={field.ref} />
            )}
          />
          <Controller
            control={control}
            name="muscleSite"
            render={({ field, fieldState }) => (
              <ChoiceChips name="cramp-site" legend="Which muscle cramped?" required options={SITE_OPTIONS} value={field.value} onChange={field.onChange} error={fieldState.error?.message} inputRef={field.ref} />
            )}
          />
          <Controller
            control={control}
            name="side"
            render={({ field, fieldState }) => (
              <ChoiceChips name="cramp-side" legend="Which side?" required options={SIDE_OPTIONS} value={field.value} onChange={field.onChange} error={fieldState.error?.message} inputRef={field.ref} />
            )}
          />
          <Controller
            control={control}
            name="durationSeconds"
            render={({ field, fieldState }) => (
              <DurationPicker key={idempotencyKey} value={field.value} context={context} onChange={field.onChange} error={fieldState.error?.message} inputRef={field.ref} />
            )}
          />
          <Controller
            control={control}
            name="severity"
            render={({ field, fieldState }) => (
              <ChoiceChips
                name="cramp-severity"
                legend="How bad was it?"
                hint="0 = no pain, 10 = the worst pain you can imagine"
                required
                options={SEVERITY_OPTIONS}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                inputRef={field.ref}
              />
            )}
          />
          <Controller
            control={control}
            name="stoppedActivity"
            render={({ field, fieldState }) => (
              <ChoiceChips name="cramp-stopped" legend="Did it stop what you were doing?" required options={YES_NO_OPTIONS} value={field.value} onChange={field.onChange} error={fieldState.error?.message} inputRef={field.ref} />
            )}
          />
          <Controller
            control={control}
            name="reliefMethods"
            render={({ field, fieldState }) => (
              <ChoiceChips
                multiple
                optional
                name="cramp-relief"
                legend="What helped?"
                hint="Choose all that apply."
                options={RELIEF_OPTIONS}
                value={field.value}
                onChange={(next) => field.onChange(withExclusiveNone(field.value, next))}
                error={fieldState.error?.message}
                inputRef={field.ref}
              />
            )}
          />
          <Controller
            control={control}
            name="systemicSymptoms"
            render={({ field, fieldState }) => (
              <ChoiceChips
                name="cramp-systemic"
                legend="Other symptoms such as feeling unwell, confused or sick?"
                required
                options={YES_NO_OPTIONS}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                inputRef={field.ref}
              />
            )}
          />
          <Controller
            control={control}
            name="strainSigns"
            render={({ field, fieldState }) => (
              <ChoiceChips
                multiple
                optional
                name="cramp-strain"
                legend="After the cramp, did you notice any of these?"
                hint="They can mean a strained muscle. Choose all that apply."
                options={STRAIN_SIGN_OPTIONS}
                value={field.value}
                onChange={(next) => field.onChange(withExclusiveNone(field.value, next))}
                error={fieldState.error?.message}
                inputRef={field.ref}
              />
            )}
          />
          <Controller
            control={control}
            name="fluidIntakeMl"
            render={({ field, fieldState }) => (
              <Field id="cramp-fluid" label="Fluid you drank in the 24 hours before (ml)" hint={FLUID_HINT} error={fieldState.error?.message}>
                {(controlProps) => (
                  <input
                    {...controlProps}
                    ref={field.ref}
                    type="number"
                    inputMode="numeric"
                    min={FLUID_INTAKE_ML.min}
                    max={FLUID_INTAKE_ML.max}
                    value={field.value ?? ""}
                    onChange={(event) => field.onChange(event.target.value === "" ? null : Number(event.target.value))}
                    onBlur={field.onBlur}
                    className={`${inputClasses} min-h-11 max-w-40 text-base`}
                  />
                )}
              </Field>
            )}
          />
          <Field id="cramp-notes" label="Notes" error={errors.notes?.message}>
            {(controlProps) => <textarea {...controlProps} {...register("notes")} rows={3} maxLength={1000} className={`${inputClasses} text-base`} />}
          </Field>
          <Button type="submit" className="min-h-12 w-full text-base sm:w-auto">
            {isSubmitting ? "Saving…" : "Save cramp"}
          </Button>
        </FormFieldset>
      </form>
    </div>
  );
}
