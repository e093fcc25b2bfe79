/** The portal's reminder setting as the account page shows it; version 0 when none is saved yet. */
export type ExerciseReminderDTO = {
  enabled: boolean;
  hour: number;
  /** The zone it was saved in, or null before the first save. */
  timeZone: string | null;
  version: number;
  /** False when no SMTP server is configured: nothing would be sent, and the page says so. */
  mailEnabled: boolean;
};

/** The portal's visit-reminder setting: on (version 0) until the patient first changes it. */
export type VisitRemindersDTO = { enabled: boolean; version: number; mailEnabled: boolean };
