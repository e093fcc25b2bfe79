import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import { addSendJob } from "@/lib/mail/mutations";
import type { MailMessageInput } from "./schema";

/**
 * Sends again a message of the caller's clinic that was not delivered (its job gave up, or it has
 * none): its job starts over with fresh tries (MAIL_MAX_ATTEMPTS), from now. Another clinic's message or a made-up
 * id is NOT_FOUND. A message sent, skipped or still being tried is left as it is (changed: false), so a
 * double click queues it once. Audited (REQUEST of the MailMessage) in the same transaction.
 */
export async function resendMail(scope: ClinicScope, input: MailMessageInput): Promise<MutationResult<{ changed: boolean }>> {
  return db.$transaction(async (tx) => {
    const [message] = await tx.$queryRaw<{ id: string; status: string; trying: boolean }[]>`
      SELECT m.id::text AS id, m.status::text AS status,
             EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'mail:' || m.id::text AND j.attempts < j.max_attempts) AS trying
      FROM mail_message m WHERE m.id = ${input.messageId}::uuid AND m.clinic_id = ${scope.clinicId}::uuid FOR UPDATE OF m`;
    if (!message) throw new AppError("NOT_FOUND");
    if (message.status !== "PENDING" || message.trying) return { ok: true, value: { changed: false } } as const;
    await addSendJob(tx, message.id, { runAt: new Date(), mode: "replace" });
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, action: "REQUEST", entityType: "MailMessage", entityId: message.id });
    return { ok: true, value: { changed: true } } as const;
  });
}
