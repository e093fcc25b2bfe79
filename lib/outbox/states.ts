import type { MailKind } from "@/lib/generated/prisma/client";

/**
 * Where a clinic's outgoing message stands, as the E-mail page (admins) groups them. Derived from the
 * outbox row and its queue job: PENDING with a job still trying is waiting or retrying; PENDING whose
 * job gave up (25 attempts over about 4 days) or lost its job is not delivered. No zod here: the
 * page's links read these.
 */
export const OUTBOX_STATES = ["undelivered", "retrying", "waiting", "sent", "skipped"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** How many messages the E-mail page lists at once, newest first. */
export const OUTBOX_PAGE_SIZE = 50;

export const OUTBOX_STATE_TEXT: Record<OutboxState, { label: string; description: string }> = {
  undelivered: {
    label: "Not delivered",
    description: "Every attempt failed, or the message lost its place in the queue: nothing more is tried unless you send it again.",
  },
  retrying: { label: "Retrying", description: "The mail server refused the message or could not be reached; it is tried again, less and less often, for about 4 days." },
  waiting: { label: "Waiting", description: "Queued to go now, or at its time: a visit reminder goes 24 hours before the visit." },
  sent: { label: "Sent", description: "Handed to the mail server in the last 30 days." },
  skipped: { label: "Not sent on purpose", description: "In the last 30 days: the visit was moved or cancelled, or the patient turned the reminder off." },
};

export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  INVITE: "Portal invitation",
  PASSWORD_RESET: "Password link",
  LEFS_REQUEST: "LEFS questionnaire request",
  APPOINTMENT_CONFIRMATION: "Visit confirmation",
  APPOINTMENT_REMINDER: "Visit reminder",
  EXERCISE_REMINDER: "Exercise reminder",
};

/** The state a link asks for; anything else shows the messages not delivered. */
export const parseOutboxState = (raw: unknown): OutboxState => (OUTBOX_STATES.includes(raw as OutboxState) ? (raw as OutboxState) : "undelivered");
