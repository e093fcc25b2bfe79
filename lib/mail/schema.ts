import { z } from "zod";
import { isKnownTimeZone, TIME_ZONE_MAX_LENGTH } from "@/lib/core/time-zones";

/** The portal's daily exercise reminder: on or off, at the start of an hour (0–23) in the patient's zone. */
export const exerciseReminderFieldsSchema = z.strictObject({
  enabled: z.boolean(),
  hour: z
    .string()
    .regex(/^(?:[01]?\d|2[0-3])$/, { message: "Choose an hour from the list." })
    .transform(Number),
  /** The browser's zone when the patient saves: the reminder follows the patient's own day. */
  timeZone: z
    .string()
    .max(TIME_ZONE_MAX_LENGTH)
    .refine(isKnownTimeZone, { message: "Your device's time zone is not one we know: set it in your phone's settings." }),
});

export const exerciseReminderSchema = exerciseReminderFieldsSchema.extend({
  /** The setting's version the form was opened at (0: none saved yet); another is refused. */
  version: z.number().int().min(0),
});

export type ExerciseReminderFields = z.input<typeof exerciseReminderFieldsSchema>;
export type ExerciseReminderInput = z.infer<typeof exerciseReminderSchema>;

/** The portal's reminder e-mail before each visit: on or off (confirmations always go). */
export const visitRemindersFieldsSchema = z.strictObject({ enabled: z.boolean() });

export const visitRemindersSchema = visitRemindersFieldsSchema.extend({
  /** The setting's version the form was opened at (0: never changed); another is refused. */
  version: z.number().int().min(0),
});

export type VisitRemindersFields = z.input<typeof visitRemindersFieldsSchema>;
export type VisitRemindersInput = z.infer<typeof visitRemindersSchema>;

/** The unsubscribe page's token: "<list>.<patient id>.<signature>" (lib/mail/unsubscribe-token.ts). */
export const unsubscribeSchema = z.strictObject({ token: z.string().min(1).max(200) });
