"use server";

import { revalidatePath } from "next/cache";
import { authActionClient, patientActionClient } from "@/lib/core/safe-action";
import { resendMail, setExerciseReminder, setVisitReminders } from "./mutations";
import { exerciseReminderSchema, mailMessageSchema, visitRemindersSchema } from "./schema";

/** The signed-in patient's own reminder ("portal:self"): the scope names the patient, never the input. */
export const setExerciseReminderAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(exerciseReminderSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setExerciseReminder(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/portal/account");
    return result;
  });

/** The signed-in patient's own visit reminders on or off ("portal:self"): the scope names the patient. */
export const setVisitRemindersAction = patientActionClient
  .metadata({ permission: "portal:self" })
  .inputSchema(visitRemindersSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setVisitReminders(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/portal/account");
    return result;
  });

/** Admins only ("mail:manage"): sends again a message that was not delivered; anyone else gets NOT_FOUND. */
export const resendMailAction = authActionClient
  .metadata({ permission: "mail:manage" })
  .inputSchema(mailMessageSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resendMail(ctx.scope, parsedInput);
    if (result.ok) revalidatePath("/mail");
    return result;
  });
