import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { mailEnabled } from "@/lib/core/mail";
import type { ExerciseReminderDTO, VisitRemindersDTO } from "./types";

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

/** The signed-in patient's visit-reminder setting (on, version 0, until they first change it), scoped. */
export async function getVisitReminders(scope: PatientScope): Promise<VisitRemindersDTO> {
  const setting = await db.visitReminderSetting.findFirst({
    where: { patientId: scope.patientId, clinicId: scope.clinicId },
    select: { enabled: true, version: true },
  });
  return { ...(setting ?? { enabled: true, version: 0 }), mailEnabled: mailEnabled() };
}

/**
 * Whether visit reminders are on for the patient a signed unsubscribe token names (null: no such
 * patient), for the signed-out unsubscribe page. Unscoped on purpose, like unsafeGetReminderEnabled.
 */
export async function unsafeGetVisitRemindersEnabled(patientId: string): Promise<boolean | null> {
  const patient = await db.patient.findUnique({ where: { id: patientId }, select: { visitReminderSetting: { select: { enabled: true } } } });
  return patient ? (patient.visitReminderSetting?.enabled ?? true) : null;
}
