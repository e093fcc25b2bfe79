"use server";

import { revalidatePath } from "next/cache";
import { patientActionClient } from "@/lib/core/safe-action";
import { setExerciseReminder, setVisitReminders } from "./mutations";
import { exerciseReminderSchema, visitRemindersSchema } from "./schema";

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
