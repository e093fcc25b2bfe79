import type { MailKind } from "@/lib/generated/prisma/client";
import type { OutboxState } from "./states";

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
