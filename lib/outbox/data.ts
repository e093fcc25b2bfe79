import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { Prisma, type MailKind } from "@/lib/generated/prisma/client";
import { OUTBOX_PAGE_SIZE, OUTBOX_STATES, type OutboxState } from "./states";
import type { OutboxMessageDTO, OutboxPageDTO } from "./types";

/**
 * The clinic's messages still to send, and those sent or skipped in the last 30 days, each with its
 * state (states.ts) read from its queue job; a fragment, so the counts and the list agree.
 */
const outboxOf = (scope: ClinicScope) => Prisma.sql`
  SELECT m.id, m.kind, m.to_address, m.attempts, m.last_error, m.created_at, m.sent_at,
         CASE WHEN m.status = 'PENDING' AND j.attempts < j.max_attempts THEN j.run_at END AS next_try_at,
         CASE WHEN m.status = 'SENT' THEN 'sent'
              WHEN m.status = 'SKIPPED' THEN 'skipped'
              WHEN j.id IS NULL OR j.attempts >= j.max_attempts THEN 'undelivered'
              WHEN j.attempts > 0 THEN 'retrying'
              ELSE 'waiting' END AS state
  FROM mail_message m
  LEFT JOIN graphile_worker.jobs j ON j.key = 'mail:' || m.id::text
  WHERE m.clinic_id = ${scope.clinicId}::uuid AND (m.status = 'PENDING' OR m.created_at >= now() - interval '30 days')`;

type OutboxRecord = { id: string; kind: MailKind; to_address: string; attempts: number; last_error: string | null; created_at: Date; sent_at: Date | null; next_try_at: Date | null; state: OutboxState };

/** The E-mail page for the caller's clinic: every state's count and the newest messages in one state, in two statements. */
export async function listOutbox(scope: ClinicScope, state: OutboxState): Promise<Omit<OutboxPageDTO, "mailEnabled">> {
  const [counted, records] = await Promise.all([
    db.$queryRaw<{ state: OutboxState; n: number }[]>`SELECT o.state, count(*)::int AS n FROM (${outboxOf(scope)}) o GROUP BY o.state`,
    db.$queryRaw<OutboxRecord[]>`
      SELECT o.id::text AS id, o.kind::text AS kind, o.to_address, o.attempts, o.last_error, o.created_at, o.sent_at, o.next_try_at, o.state
      FROM (${outboxOf(scope)}) o WHERE o.state = ${state} ORDER BY o.created_at DESC, o.id DESC LIMIT ${OUTBOX_PAGE_SIZE + 1}`,
  ]);
  const counts = Object.fromEntries(OUTBOX_STATES.map((name) => [name, counted.find((row) => row.state === name)?.n ?? 0])) as Record<OutboxState, number>;
  const messages: OutboxMessageDTO[] = records.slice(0, OUTBOX_PAGE_SIZE).map((row) => ({
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    state: row.state,
    attempts: row.attempts,
    lastError: row.last_error,
    queuedAt: row.created_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    nextTryAt: row.next_try_at?.toISOString() ?? null,
  }));
  return { state, counts, messages, more: records.length > OUTBOX_PAGE_SIZE };
}
