import type { MailKind } from "@/lib/generated/prisma/client";
import type { OutboxState } from "./outbox-states";

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

/** One outgoing message as the E-mail page lists it: what, to whom, when, and how its sending went. */
export type OutboxMessageDTO = {
  id: string;
  kind: MailKind;
  to: string;
  state: OutboxState;
  /** Tries so far. */
  attempts: number;
  /** The mail server's last refusal, as an error code (never the message's content). */
  lastError: string | null;
  /** ISO timestamps. */
  queuedAt: string;
  sentAt: string | null;
  /** When the queue tries it next (waiting and retrying only). */
  nextTryAt: string | null;
};

/** The E-mail page: how many messages stand in each state, and the newest of the one asked for. */
export type OutboxPageDTO = {
  state: OutboxState;
  counts: Record<OutboxState, number>;
  messages: OutboxMessageDTO[];
  /** More messages in this state than are listed. */
  more: boolean;
  mailEnabled: boolean;
};
