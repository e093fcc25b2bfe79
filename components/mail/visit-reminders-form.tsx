"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormFieldset } from "@/components/ui/form-fieldset";
import { FormMessages } from "@/components/ui/form-messages";
import { useActionForm } from "@/components/ui/use-action-form";
import { setVisitRemindersAction } from "@/lib/mail/actions";
import type { VisitRemindersFields } from "@/lib/mail/schema";
import type { VisitRemindersDTO } from "@/lib/mail/types";
import { MailOffNotice } from "./mail-off-notice";

/**
 * The patient's reminder e-mail the day before each visit: on until they turn it off here or with the
 * link in one. The save carries the version the page loaded, so a change made in another window (or by
 * the e-mail's unsubscribe link) is reported, not overwritten.
 */
export function VisitRemindersForm({ setting }: { setting: VisitRemindersDTO }) {
  const [version, setVersion] = useState(setting.version);
  const { form, register, isSubmitting, onSubmit, preloadSchema, formError, notice, setNotice } = useActionForm({
    schema: () => import("@/lib/mail/schema").then((module) => module.visitRemindersFieldsSchema),
    defaultValues: { enabled: setting.enabled } satisfies VisitRemindersFields,
    action: (values: VisitRemindersFields) => setVisitRemindersAction({ ...values, version }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      form.reset(form.getValues());
      setNotice(form.getValues("enabled") ? "Visit reminders on." : "Visit reminders off.");
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} noValidate aria-labelledby="visit-reminders-heading">
      <FormFieldset className="m-0 min-w-0 space-y-4 border-0 p-0">
        {!setting.mailEnabled && <MailOffNotice />}
        <FormMessages error={formError} notice={notice} />
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" {...register("enabled")} aria-describedby="visit-reminders-hint" className="size-4" />
          E-mail me a reminder the day before each visit
        </label>
        <p id="visit-reminders-hint" className="text-xs text-slate-600">
          It says only when and where the visit is, and has a link to stop it. E-mails confirming a booked or moved visit always come.
        </p>
        <Button type="submit" disabled={isSubmitting} className="min-h-11">
          {isSubmitting ? "Saving…" : "Save visit reminders"}
        </Button>
      </FormFieldset>
    </form>
  );
}
