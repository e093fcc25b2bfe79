import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { recordAudit } from "./audit";
// eslint-disable-next-line no-restricted-imports -- the point of the test: the app's own client and connection, not a test one
import { db } from "./db";

/**
 * The audit trail is append-only in the database itself (migration 20261207085800_audit_append_only):
 * tried here through the app's own client and connection, not a privileged one.
 */
let clinic: TestClinic;
let eventId: bigint;

const entry = (entityId: string) => ({
  clinicId: clinic.clinicId,
  actorId: clinic.scope.actorId,
  action: "UPDATE" as const,
  entityType: "Patient",
  entityId,
  changes: { before: { firstName: "Ada" }, after: { firstName: "Adah" } },
});

beforeAll(async () => {
  clinic = await createTestClinic();
  await db.$transaction((tx) => recordAudit(tx, entry("append-only-subject")));
  eventId = (await db.auditEvent.findFirstOrThrow({ where: { clinicId: clinic.clinicId, entityId: "append-only-subject" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
  await testDb.$disconnect();
});

const stored = () => db.auditEvent.findUniqueOrThrow({ where: { id: eventId }, select: { action: true, before: true, after: true } });
const APPEND_ONLY = /audit_event is append-only: (UPDATE|DELETE|TRUNCATE) refused/;

describe("the audit table through the app's own connection", () => {
  it("stores an insert with its before and after values", async () => {
    expect(await stored()).toEqual({ action: "UPDATE", before: { firstName: "Ada" }, after: { firstName: "Adah" } });
  });

  it("refuses an update with the trigger's error and keeps the event as it was", async () => {
    await expect(db.auditEvent.update({ where: { id: eventId }, data: { action: "CREATE" } })).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db.$executeRaw`UPDATE audit_event SET after = NULL WHERE clinic_id = ${clinic.clinicId}::uuid`).rejects.toThrow(/append-only: UPDATE refused/);
    expect(await stored()).toMatchObject({ action: "UPDATE", after: { firstName: "Adah" } });
  });

  it("refuses a delete with the trigger's error and keeps the event", async () => {
    await expect(db.auditEvent.delete({ where: { id: eventId } })).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.auditEvent.deleteMany({ where: { clinicId: clinic.clinicId } })).rejects.toThrow(APPEND_ONLY);
    expect(await db.auditEvent.count({ where: { id: eventId } })).toBe(1);
  });

  it("refuses a truncate with the trigger's error", async () => {
    const before = await db.auditEvent.count();
    await expect(db.$executeRaw`TRUNCATE audit_event`).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("refuses a change made inside a transaction, rolling the whole transaction back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, entry("rolled-back"));
        await tx.auditEvent.deleteMany({ where: { id: eventId } });
      }),
    ).rejects.toThrow(/append-only: DELETE refused/);
    expect(await db.auditEvent.count({ where: { entityId: "rolled-back" } })).toBe(0);
  });

  it("still accepts new events", async () => {
    await db.$transaction((tx) => recordAudit(tx, entry("append-only-second")));
    expect(await db.auditEvent.count({ where: { clinicId: clinic.clinicId, entityId: "append-only-second" } })).toBe(1);
  });
});
