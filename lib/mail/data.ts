import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { mailEnabled } from "@/lib/core/mail";
import type { ExerciseReminderDTO } from "./types";

/** Before the first save the form offers 18:00, off. */
export const DEFAULT_REMINDER_HOUR = 18;

/** The signed-in patient's own reminder setting, scoped by their patient and clinic. */
export async function getExerciseReminder(scope: PatientScope): Promise<ExerciseReminderDTO> {
  const reminder = await db.exerciseReminder.findFirst({
    where: { patientId: scope.patientId, clinicId: scope.clinicId },
    select: { enabled: true, hour: true, timeZone: true, version: true },
  });
  return { ...(reminder ?? { enabled: false, hour: DEFAULT_REMINDER_HOUR, timeZone: null, version: 0 }), mailEnabled: mailEnabled() };
}

/**
 * Whether the reminder a signed unsubscribe token names is on, for the signed-out unsubscribe page.
 * Unscoped on purpose: the token (checked by the caller) names the patient, and only on/off is read.
 */
export async function unsafeGetReminderEnabled(patientId: string): Promise<boolean | null> {
  const reminder = await db.exerciseReminder.findUnique({ where: { patientId }, select: { enabled: true } });
  return reminder ? reminder.enabled : null;
}
