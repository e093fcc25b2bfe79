import "server-only";
import { cache } from "react";
import { requirePatientScope } from "@/lib/core/auth/session";
import { getExerciseReminder } from "./data";
import type { ExerciseReminderDTO } from "./types";

/** The portal account page's reminder setting: the signed-in patient's own (patients only). */
export const loadOwnExerciseReminder = cache(async (): Promise<ExerciseReminderDTO> => {
  const { scope } = await requirePatientScope();
  return getExerciseReminder(scope);
});
