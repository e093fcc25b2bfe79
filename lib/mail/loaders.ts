import "server-only";
import { cache } from "react";
import { requirePatientScope } from "@/lib/core/auth/session";
import { getExerciseReminder, getVisitReminders, unsafeGetReminderEnabled, unsafeGetVisitRemindersEnabled } from "./data";
import { parseUnsubscribeToken } from "./tokens";
import type { ExerciseReminderDTO, VisitRemindersDTO } from "./types";
import type { UnsubscribeList } from "./unsubscribe-token";

/** The portal account page's reminder setting: the signed-in patient's own (patients only). */
export const loadOwnExerciseReminder = cache(async (): Promise<ExerciseReminderDTO> => {
  const { scope } = await requirePatientScope();
  return getExerciseReminder(scope);
});

/** The portal account page's visit-reminder setting: the signed-in patient's own (patients only). */
export const loadOwnVisitReminders = cache(async (): Promise<VisitRemindersDTO> => {
  const { scope } = await requirePatientScope();
  return getVisitReminders(scope);
});

/**
 * The unsubscribe page: "unusable" for a forged or malformed token (or nothing to stop), else the list
 * the token names and whether it is still on.
 */
export const loadUnsubscribePage = cache(async (token: string): Promise<{ state: "unusable" } | { state: "on" | "off"; list: UnsubscribeList }> => {
  const target = parseUnsubscribeToken(token);
  if (!target) return { state: "unusable" };
  const enabled = target.list === "visit-reminder" ? await unsafeGetVisitRemindersEnabled(target.patientId) : await unsafeGetReminderEnabled(target.patientId);
  return enabled === null ? { state: "unusable" } : { state: enabled ? "on" : "off", list: target.list };
});
