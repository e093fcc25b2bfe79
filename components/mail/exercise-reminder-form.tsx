"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClasses } from "@/components/ui/field";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { setExerciseReminderAction } from "@/lib/mail/actions";
import type { ExerciseReminderFields } from "@/lib/mail/schema";
import type { ExerciseReminderDTO } from "@/lib/mail/types";
import { MailOffNotice } from "./mail-off-notice";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: `${String(hour).padStart(2, "0")}:00` }));

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const noSubscription = () => () => {};

/**
 * The patient's daily reminder: on or off, and the hour it comes, in the zone of the device they save
 * it from (the same zone the portal's "today" uses). The save carries the version the page loaded, so
 * a change made in another window (or by the e-mail's unsubscribe link) is reported, not overwritten.
 */
export function ExerciseReminderForm({ reminder }: { reminder: ExerciseReminderDTO }) {
  const [version, setVersion] = useState(reminder.version);
  // The device's zone is known only in the browser: until hydration, the saved one (or none) is named.
  const zone = useSyncExternalStore(noSubscription, deviceZone, () => reminder.timeZone);
  const { form, register, errors, isSubmitting, onSubmit, preloadSchema, formError, notice, setNotice } = useActionForm({
    schema: () => import("@/lib/mail/schema").then((module) => module.exerciseReminderFieldsSchema),
    defaultValues: { enabled: reminder.enabled, hour: String(reminder.hour), timeZone: reminder.timeZone ?? "UTC" } satisfies ExerciseReminderFields,
    action: (values: ExerciseReminderFields) => setExerciseReminderAction({ ...values, timeZone: deviceZone(), version }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      form.reset(form.getValues());
      setNotice(form.getValues("enabled") ? `Reminder on: every day at ${HOURS[Number(form.getValues("hour"))]?.label}.` : "Reminder off.");
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="reminder-heading">
      <FormFieldset className="m-0 min-w-0 space-y-4 border-0 p-0">
        {!reminder.mailEnabled && <MailOffNotice />}
        <FormMessages error={formError} notice={notice} />
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" {...register("enabled")} aria-describedby="reminder-enabled-hint" className="size-4" />
          E-mail me a daily reminder
        </label>
        <p id="reminder-enabled-hint" className="text-xs text-slate-600">
          It says only that today&apos;s plan is waiting, and has a link to stop it.
        </p>
        <Field
          id="reminder-hour"
          label="At"
          required
          hint={zone ? `In your time zone (${zone}).` : "In your device's time zone."}
          error={errors.hour?.message ?? errors.timeZone?.message}
        >
          {(control) => (
            <select {...control} {...register("hour")} className={`${inputClasses} max-w-40`}>
              {HOURS.map((hour) => (
                <option key={hour.value} value={hour.value}>
                  {hour.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={isSubmitting} className="min-h-11">
          {isSubmitting ? "Saving…" : "Save reminder"}
        </Button>
      </FormFieldset>
    </form>
  );
}
