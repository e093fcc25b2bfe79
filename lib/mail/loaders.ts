import "server-only";
import { cache } from "react";
import { requirePatientScope } from "@/lib/core/auth/session";
import { getExerciseReminder, unsafeGetReminderEnabled } from "./data";
import { patientOfUnsubscribeToken } from "./tokens";
import type { ExerciseReminderDTO } from "./types";

/** The portal account page's reminder setting: the signed-in patient's own (patients only). */
export const loadOwnExerciseReminder = cache(async (): Promise<ExerciseReminderDTO> => {
  const { scope } = await requirePatientScope();
  return getExerciseReminder(scope);
});

/** The unsubscribe page: "unusable" for a forged or malformed token, else whether the reminder is still on. */
export const loadUnsubscribePage = cache(async (token: string): Promise<{ state: "unusable" | "on" | "off" }> => {
  const patientId = patientOfUnsubscribeToken(token);
  const enabled = patientId ? await unsafeGetReminderEnabled(patientId) : null;
  return { state: enabled === null ? "unusable" : enabled ? "on" : "off" };
});
