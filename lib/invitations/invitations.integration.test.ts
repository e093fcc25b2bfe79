import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/core/auth/credentials";
import { patientScopeOf } from "@/lib/core/auth/session";
import { AppError } from "@/lib/core/errors";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { getPatientRecord } from "@/lib/patients/data";
import type { ClinicScope } from "@/lib/core/auth/session";
import { unsafeGetInvitationPage } from "./data";
import { acceptInvitation, invitePatient, revokePortalAccess } from "./mutations";
import { portalAccessState, UNUSABLE_INVITATION_MESSAGE } from "./state";

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;

const UNUSABLE = { ok: false, fieldErrors: { _form: [UNUSABLE_INVITATION_MESSAGE] } };
const newEmail = () => `patient-${randomUUID()}@test.example`;

async function newPatient(clinic = clinicA) {
  const result = await createPatient(clinic.scope, patientFields({ firstName: "Robin" }));
  if (!result.ok) throw new Error("patient not created");
  return result.value.id;
}

async function invite(patientId: string, email = newEmail(), clinic = clinicA, now?: Date) {
  const result = await invitePatient(clinic.scope, { patientId, email }, now);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

/** What the patient page shows about portal access (loadPortalAccess): null when the patient is not the clinic's. */
async function getPortalAccess(scope: ClinicScope, patientId: string) {
  const record = await getPatientRecord(scope, patientId);
  return record && portalAccessState(record.portal, new Date());
}

const accept = (token: string, password = "a-new-password") => acceptInvitation({ token, password, confirmPassword: password });

/** The portal scope a signed-in session for this account would get on its next request. */
async function portalScopeFor(email: string) {
  const user = await testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, clinicId: true, name: true } });
  const patientId = (await testDb.patient.findFirst({ where: { portalUser: { email } }, select: { id: true } }))?.id ?? null;
  return { userId: user.id, scope: await patientScopeOf({ id: user.id, name: user.name, role: "PATIENT", clinicId: user.clinicId, patientId, clinicTimeZone: "UTC" }) };
}

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("invite → set password → sign in", () => {
  it("creates a pending invitation whose link lets the patient set a password and sign in to their own record", async () => {
    const patientId = await newPatient();
    const email = newEmail();
    const { token, expiresAt } = await invite(patientId, email);

    expect(await getPortalAccess(clinicA.scope, patientId)).toEqual({ kind: "pending", email, expiresAt });
    const stored = await testDb.portalInvitation.findFirstOrThrow({ where: { patientId }, select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token);
    expect(await unsafeGetInvitationPage(token)).toMatchObject({ usable: true, firstName: "Robin", email });

    expect(await accept(token, "my-own-password")).toEqual({ ok: true, value: { email } });
    const user = await authenticate({ email, password: "my-own-password" });
    expect(user).toMatchObject({ role: "PATIENT", patientId, clinicId: clinicA.clinicId });
    expect(await getPortalAccess(clinicA.scope, patientId)).toEqual({ kind: "active", email });
    expect((await portalScopeFor(email)).scope).toMatchObject({ patientId, clinicId: clinicA.clinicId });
  });

  it("accepts a link exactly once, even when used twice at the same moment", async () => {
    const patientId = await newPatient();
    const { token } = await invite(patientId);
    const results = await Promise.all([accept(token, "first-password"), accept(token, "second-password")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([UNUSABLE]);
    expect(await testDb.user.count({ where: { patient: { id: patientId } } })).toBe(1);
    expect(await accept(token)).toEqual(UNUSABLE);
    expect(await unsafeGetInvitationPage(token)).toEqual({ usable: false });
  });

  it("records who invited and who accepted in the audit log, in the same transactions", async () => {
    const patientId = await newPatient();
    await invite(patientId);
    const invitation = await testDb.portalInvitation.findFirstOrThrow({ where: { patientId }, select: { id: true } });
    expect(await testDb.auditEvent.findMany({ where: { patientId }, select: { action: true, entityType: true, actorId: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "CREATE", entityType: "Patient", actorId: clinicA.scope.actorId },
      { action: "INVITE", entityType: "PortalInvitation", actorId: clinicA.scope.actorId },
    ]);
    const { token } = await invite(patientId);
    await accept(token);
    const userId = (await testDb.patient.findUniqueOrThrow({ where: { id: patientId }, select: { portalUserId: true } })).portalUserId;
    const events = await testDb.auditEvent.findMany({ where: { patientId }, select: { action: true, entityType: true, entityId: true, actorId: true }, orderBy: { id: "asc" } });
    expect(events.slice(2)).toEqual([
      { action: "REVOKE", entityType: "PortalInvitation", entityId: invitation.id, actorId: clinicA.scope.actorId },
      { action: "INVITE", entityType: "PortalInvitation", entityId: expect.any(String), actorId: clinicA.scope.actorId },
      { action: "UPDATE", entityType: "PortalInvitation", entityId: expect.any(String), actorId: userId },
      { action: "CREATE", entityType: "User", entityId: userId, actorId: userId },
    ]);
  });
});

describe("expired invitation refused", () => {
  it("refuses a link after its 72 hours, with the same words as any unusable link", async () => {
    const patientId = await newPatient();
    const { token } = await invite(patientId, newEmail(), clinicA, new Date(Date.now() - 73 * 3_600_000));
    expect(await getPortalAccess(clinicA.scope, patientId)).toMatchObject({ kind: "expired" });
    expect(await unsafeGetInvitationPage(token)).toEqual({ usable: false });
    expect(await accept(token)).toEqual(UNUSABLE);
    expect((await testDb.patient.findUniqueOrThrow({ where: { id: patientId }, select: { portalUserId: true } })).portalUserId).toBeNull();
  });

  it("refuses a superseded link, an unknown token and a malformed one alike", async () => {
    const patientId = await newPatient();
    const first = await invite(patientId);
    const second = await invite(patientId);
    expect(await accept(first.token)).toEqual(UNUSABLE);
    expect(await accept("A".repeat(43))).toEqual(UNUSABLE);
    expect(await accept("not a token")).toEqual(UNUSABLE);
    expect(await unsafeGetInvitationPage("not a token")).toEqual({ usable: false });
    expect((await accept(second.token)).ok).toBe(true);
  });
});

describe("revoking portal access", () => {
  it("unlinks the account at once, refuses its pending link and keeps the user row", async () => {
    const patientId = await newPatient();
    const email = newEmail();
    await accept((await invite(patientId, email)).token, "first-password");
    const { userId } = await portalScopeFor(email);

    await revokePortalAccess(clinicA.scope, { patientId });
    expect((await portalScopeFor(email)).scope).toBeNull();
    expect(await authenticate({ email, password: "first-password" })).toBeNull();
    expect(await testDb.user.count({ where: { id: userId } })).toBe(1);
    expect(await getPortalAccess(clinicA.scope, patientId)).toMatchObject({ kind: "revoked" });
    expect(await testDb.auditEvent.count({ where: { patientId, action: "REVOKE", entityType: "User", entityId: userId } })).toBe(1);

    // A repeat changes and audits nothing.
    const before = await testDb.auditEvent.count({ where: { patientId } });
    await revokePortalAccess(clinicA.scope, { patientId });
    expect(await testDb.auditEvent.count({ where: { patientId } })).toBe(before);
  });

  it("withdraws a pending invitation", async () => {
    const patientId = await newPatient();
    const { token } = await invite(patientId);
    await revokePortalAccess(clinicA.scope, { patientId });
    expect(await accept(token)).toEqual(UNUSABLE);
    expect(await getPortalAccess(clinicA.scope, patientId)).toMatchObject({ kind: "revoked" });
  });

  it("relinks the same account with the new password when the patient is invited again", async () => {
    const patientId = await newPatient();
    const email = newEmail();
    await accept((await invite(patientId, email)).token, "first-password");
    const { userId } = await portalScopeFor(email);
    await revokePortalAccess(clinicA.scope, { patientId });

    await accept((await invite(patientId, email)).token, "second-password");
    expect(await authenticate({ email, password: "first-password" })).toBeNull();
    expect(await authenticate({ email, password: "second-password" })).toMatchObject({ id: userId, patientId });
  });
});

describe("who may invite, and with which e-mail", () => {
  it("answers NOT_FOUND to another clinic's staff for inviting, revoking and reading access", async () => {
    const patientId = await newPatient();
    await expect(invitePatient(clinicB.scope, { patientId, email: newEmail() })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(revokePortalAccess(clinicB.scope, { patientId })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await getPortalAccess(clinicB.scope, patientId)).toBeNull();
    expect(await testDb.portalInvitation.count({ where: { patientId } })).toBe(0);
  });

  it("refuses an e-mail that belongs to a staff member or another patient's account, on the e-mail field", async () => {
    const patientId = await newPatient();
    const taken = { ok: false, fieldErrors: { email: ["Another account already uses this e-mail. Enter a different one."] } };
    expect(await invitePatient(clinicA.scope, { patientId, email: clinicA.clinicianEmail })).toEqual(taken);
    expect(await invitePatient(clinicA.scope, { patientId, email: clinicB.clinicianEmail })).toEqual(taken);

    const other = await newPatient();
    const email = newEmail();
    await accept((await invite(other, email)).token);
    expect(await invitePatient(clinicA.scope, { patientId, email })).toEqual(taken);
    expect(await testDb.portalInvitation.count({ where: { patientId } })).toBe(0);
  });

  it("refuses to invite an archived patient or one who already has access", async () => {
    const patientId = await newPatient();
    await accept((await invite(patientId)).token);
    expect(await invitePatient(clinicA.scope, { patientId, email: newEmail() })).toEqual({ ok: false, fieldErrors: { _form: ["This patient already has portal access."] } });

    const archived = await newPatient();
    await testDb.patient.update({ where: { id: archived }, data: { status: "ARCHIVED" } });
    expect((await invitePatient(clinicA.scope, { patientId: archived, email: newEmail() })).ok).toBe(false);
  });

  it("refuses a link once its patient is archived", async () => {
    const patientId = await newPatient();
    const { token } = await invite(patientId);
    await testDb.patient.update({ where: { id: patientId }, data: { status: "ARCHIVED" } });
    expect(await unsafeGetInvitationPage(token)).toEqual({ usable: false });
    expect(await accept(token)).toEqual(UNUSABLE);
  });
});
