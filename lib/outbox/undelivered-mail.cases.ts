import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { addressed, enqueueTestMail, startSink, startWorker, statusesOf, useSmtp } from "@/scripts/testing/mail-test-bed";
import { waitFor } from "@/scripts/testing/smtp-sink";
import { listOutbox } from "./data";
import { resendMail } from "./mutations";

/**
 * The E-mail page's outbox against real graphile-worker runners. Not a test file of its own: its runner
 * would take the mail queue's jobs, so lib/mail/mail-queue.integration.test.ts runs these in its process
 * (`clinic` is that file's clinic, made in its beforeAll).
 */
export function describeUndeliveredMail(clinic: () => TestClinic): void {
  describe("mail that was not delivered", () => {
    /** The message to `address`, as its clinic's E-mail page lists it in `state`, if it is there. */
    const listed = async (address: string, state: Parameters<typeof listOutbox>[1], scope = clinic().scope) =>
      (await listOutbox(scope, state)).messages.find((message) => message.to === address);

    it("is listed when its job gave up, is sent again once by an admin (audited), and is then listed as sent; another clinic sees and resends none of it", async () => {
      useSmtp((await startSink()).port);
      const address = `gave-up-${randomUUID()}@test.example`;
      await enqueueTestMail(clinic().clinicId, address);
      const { id } = await testDb.mailMessage.findFirstOrThrow({ where: { toAddress: address }, select: { id: true } });
      expect(await listed(address, "waiting")).toMatchObject({ id, kind: "LEFS_REQUEST", attempts: 0, nextTryAt: expect.any(String) });
      // What 25 failed attempts over about 4 days leave: the job at its last attempt, the row still PENDING.
      await testDb.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts WHERE key = ${`mail:${id}`}`;
      await testDb.mailMessage.update({ where: { id }, data: { attempts: 25, lastError: "Error: ECONNREFUSED" } });
      expect(await listed(address, "undelivered")).toMatchObject({ id, attempts: 25, lastError: "Error: ECONNREFUSED", nextTryAt: null, sentAt: null });
      expect((await listOutbox(clinic().scope, "undelivered")).counts.undelivered).toBeGreaterThanOrEqual(1);

      const other = await createTestClinic();
      expect(await listed(address, "undelivered", other.scope)).toBeUndefined();
      await expect(resendMail(other.scope, { messageId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });

      expect(await resendMail(clinic().scope, { messageId: id })).toEqual({ ok: true, value: { changed: true } });
      expect(await resendMail(clinic().scope, { messageId: id })).toEqual({ ok: true, value: { changed: false } });
      expect(await listed(address, "waiting")).toMatchObject({ id });
      expect(await testDb.auditEvent.count({ where: { clinicId: clinic().clinicId, action: "REQUEST", entityType: "MailMessage", entityId: id } })).toBe(1);

      await startWorker();
      await waitFor("the message sent again", async () => (await statusesOf([address]))[0] === "SENT");
      expect(addressed(address)).toHaveLength(1);
      expect(await listed(address, "sent")).toMatchObject({ id, sentAt: expect.any(String) });
      expect(await resendMail(clinic().scope, { messageId: id })).toEqual({ ok: true, value: { changed: false } });
    }, 30_000);
  });
}
