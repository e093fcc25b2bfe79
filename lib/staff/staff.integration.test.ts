import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsafeGetPasswordLinkPage } from "@/lib/accounts/data";
import { setPasswordWithLink } from "@/lib/accounts/mutations";
import { authenticate } from "@/lib/core/auth/credentials";
import { clinicScopeOf, viewerForSession, type ClinicScope } from "@/lib/core/auth/session";
import { AppError } from "@/lib/core/errors";
import { DEMO_PASSWORD, hashForTests } from "@/prisma/factories";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { listStaff } from "./data";
import { changeStaffRole, deactivateStaff, inviteStaff, issueStaffLink, reactivateStaff } from "./mutations";
import { STAFF_REFUSAL_MESSAGES } from "./staff-rules";

const NEW_PASSWORD = "a-long-new-passphrase";
const NOT_FOUND = new AppError("NOT_FOUND");
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashForTests();
});

afterAll(async () => {
  await testDb.$disconnect();
});

type Account = { id: string; email: string };

async function addStaff(clinicId: string, role: "ADMIN" | "CLINICIAN" | "PATIENT", status: "ACTIVE" | "INVITED" = "ACTIVE"): Promise<Account> {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.example`;
  const { id } = await testDb.user.create({
    data: { clinicId, email, name: `Test ${role.toLowerCase()}`, role, status, passwordHash: status === "ACTIVE" ? passwordHash : null },
    select: { id: true },
  });
  return { id, email };
}

const scopeOf = (clinicId: string, adminId: string): ClinicScope =>
  clinicScopeOf({ id: adminId, name: "Test admin", role: "ADMIN", clinicId, patientId: null, clinicTimeZone: "UTC" })!;

/** A fresh clinic with one active admin (the actor) and one active clinician. */
async function clinicWithAdmin() {
  const { clinicId, clinicianEmail } = await createTestClinic();
  const admin = await addStaff(clinicId, "ADMIN");
  const clinician = await testDb.user.findUniqueOrThrow({ where: { email: clinicianEmail }, select: { id: true, email: true } });
  return { clinicId, admin, clinician, scope: scopeOf(clinicId, admin.id) };
}

const userState = (id: string) =>
  testDb.user.findUniqueOrThrow({ where: { id }, select: { role: true, status: true, sessionGeneration: true, passwordHash: true, updatedAt: true } });

const auditOf = (clinicId: string, entityId: string) =>
  testDb.auditEvent.findMany({ where: { clinicId, entityId }, orderBy: { id: "asc" }, select: { action: true, entityType: true, actorId: true } });

describe("inviting staff", () => {
  it("creates an invited account without a password, whose one-time link sets one and lets them sign in", async () => {
    const { clinicId, admin, scope } = await clinicWithAdmin();
    const email = `casey-${randomUUID()}@test.example`;
    const result = await inviteStaff(scope, { name: "Casey Park", email, role: "CLINICIAN" });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
    const { userId, token } = result.value;

    expect(await userState(userId)).toMatchObject({ role: "CLINICIAN", status: "INVITED", passwordHash: null });
    expect(await listStaff(scope)).toContainEqual({ id: userId, name: "Casey Park", email, role: "CLINICIAN", status: "INVITED", lastSignInAt: null });
    expect(await authenticate({ email, password: NEW_PASSWORD })).toBeNull();
    expect(await unsafeGetPasswordLinkPage(token)).toMatchObject({ usable: true, purpose: "INVITE", name: "Casey Park", email });
    expect(await auditOf(clinicId, userId)).toEqual([
      { action: "CREATE", entityType: "User", actorId: admin.id },
      { action: "INVITE", entityType: "User", actorId: admin.id },
    ]);

    expect(await setPasswordWithLink({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await authenticate({ email, password: NEW_PASSWORD })).toMatchObject({ id: userId, role: "CLINICIAN", clinicId });
  });

  it("refuses an e-mail any account uses, in any clinic, on the e-mail field, and creates nothing", async () => {
    const { scope } = await clinicWithAdmin();
    const elsewhere = await clinicWithAdmin();
    const before = await testDb.user.count();
    const result = await inviteStaff(scope, { name: "Someone", email: elsewhere.clinician.email, role: "ADMIN" });
    expect(result).toEqual({ ok: false, fieldErrors: { email: ["Another account already uses this e-mail. Enter a different one."] } });
    expect(await testDb.user.count()).toBe(before);
  });

  it("a new invitation link replaces the pending one; an active member gets a reset link; a deactivated one none", async () => {
    const { clinicId, clinician, scope } = await clinicWithAdmin();
    const invited = await inviteStaff(scope, { name: "Robin Vale", email: `robin-${randomUUID()}@test.example`, role: "ADMIN" });
    if (!invited.ok) throw new Error("not invited");
    const again = await issueStaffLink(scope, { userId: invited.value.userId });
    expect(again).toMatchObject({ ok: true, value: { purpose: "INVITE", name: "Robin Vale" } });
    expect(await unsafeGetPasswordLinkPage(invited.value.token)).toEqual({ usable: false });

    const reset = await issueStaffLink(scope, { userId: clinician.id });
    if (!reset.ok) throw new Error("no reset link");
    expect(reset.value.purpose).toBe("RESET");
    expect(await unsafeGetPasswordLinkPage(reset.value.token)).toMatchObject({ usable: true, purpose: "RESET" });
    expect(await auditOf(clinicId, clinician.id)).toEqual([expect.objectContaining({ action: "REQUEST", entityType: "PasswordReset" })]);

    await deactivateStaff(scope, { userId: clinician.id });
    expect(await issueStaffLink(scope, { userId: clinician.id })).toEqual({ ok: false, fieldErrors: { _form: ["Reactivate Test Clinician before giving them a link."] } });
  });
});

describe("the last active admin", () => {
  it("survives two admins demoting each other at the same moment: exactly one wins", async () => {
    for (let round = 0; round < 5; round++) {
      const { clinicId } = await createTestClinic();
      const [first, second] = [await addStaff(clinicId, "ADMIN"), await addStaff(clinicId, "ADMIN")];
      const results = await Promise.allSettled([
        changeStaffRole(scopeOf(clinicId, first.id), { userId: second.id, role: "CLINICIAN" }),
        changeStaffRole(scopeOf(clinicId, second.id), { userId: first.id, role: "CLINICIAN" }),
      ]);
      const winners = results.filter((result) => result.status === "fulfilled" && result.value.ok);
      expect(winners).toHaveLength(1);
      // The loser was demoted before its change ran under the lock: it is no admin any more.
      expect(results.find((result) => result.status === "rejected")).toEqual({ status: "rejected", reason: NOT_FOUND });
      expect(await testDb.user.count({ where: { clinicId, role: "ADMIN", status: "ACTIVE" } })).toBe(1);
      expect(await testDb.auditEvent.findMany({ where: { clinicId, action: "UPDATE", entityType: "UserRole" }, select: { before: true, after: true } })).toEqual([
        { before: { role: "ADMIN" }, after: { role: "CLINICIAN" } },
      ]);
    }
  });

  it("an admin can neither demote nor deactivate themselves, whatever the request says", async () => {
    const { clinicId, admin, scope } = await clinicWithAdmin();
    await addStaff(clinicId, "ADMIN");
    const before = await userState(admin.id);
    expect(await changeStaffRole(scope, { userId: admin.id, role: "CLINICIAN" })).toEqual({ ok: false, fieldErrors: { _form: [STAFF_REFUSAL_MESSAGES["self-demotion"]] } });
    expect(await deactivateStaff(scope, { userId: admin.id })).toEqual({ ok: false, fieldErrors: { _form: [STAFF_REFUSAL_MESSAGES["self-deactivation"]] } });
    expect(await userState(admin.id)).toEqual(before);
    expect(await auditOf(clinicId, admin.id)).toEqual([]);
  });

  it("a clinician's scope cannot use these changes, even called directly", async () => {
    const { clinicId, admin, clinician } = await clinicWithAdmin();
    const clinicianScope = scopeOf(clinicId, clinician.id);
    await expect(changeStaffRole(clinicianScope, { userId: clinician.id, role: "ADMIN" })).rejects.toEqual(NOT_FOUND);
    await expect(deactivateStaff(clinicianScope, { userId: admin.id })).rejects.toEqual(NOT_FOUND);
    expect(await userState(clinician.id)).toMatchObject({ role: "CLINICIAN", status: "ACTIVE" });
  });
});

describe("deactivation and reactivation", () => {
  it("ends their sessions at once, revokes their pending link, and stops them signing in", async () => {
    const { clinicId, admin, clinician, scope } = await clinicWithAdmin();
    const session = await authenticate({ email: clinician.email, password: DEMO_PASSWORD });
    expect(await viewerForSession(session!)).not.toBeNull();
    const reset = await issueStaffLink(scope, { userId: clinician.id });
    if (!reset.ok) throw new Error("no reset link");
    const before = await userState(clinician.id);

    expect(await deactivateStaff(scope, { userId: clinician.id })).toEqual({
      ok: true,
      value: { name: "Test Clinician", role: "CLINICIAN", status: "DEACTIVATED", changed: true },
    });
    const after = await userState(clinician.id);
    expect(after).toMatchObject({ status: "DEACTIVATED", sessionGeneration: before.sessionGeneration + 1 });
    expect(await viewerForSession(session!)).toBeNull();
    expect(await authenticate({ email: clinician.email, password: DEMO_PASSWORD })).toBeNull();
    expect(await unsafeGetPasswordLinkPage(reset.value.token)).toEqual({ usable: false });
    expect(await testDb.passwordToken.count({ where: { userId: clinician.id, revokedAt: null, usedAt: null } })).toBe(0);
    expect((await setPasswordWithLink({ token: reset.value.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(false);

    // A repeat changes and audits nothing.
    expect(await deactivateStaff(scope, { userId: clinician.id })).toMatchObject({ ok: true, value: { changed: false } });
    expect(await userState(clinician.id)).toEqual(after);
    expect(await auditOf(clinicId, clinician.id)).toEqual([
      { action: "REQUEST", entityType: "PasswordReset", actorId: admin.id },
      { action: "STATUS_CHANGE", entityType: "User", actorId: admin.id },
    ]);
  });

  it("reactivates someone with a password as active, and someone who never set one as invited", async () => {
    const { clinician, scope } = await clinicWithAdmin();
    await deactivateStaff(scope, { userId: clinician.id });
    expect(await reactivateStaff(scope, { userId: clinician.id })).toMatchObject({ ok: true, value: { status: "ACTIVE", changed: true } });
    expect(await authenticate({ email: clinician.email, password: DEMO_PASSWORD })).toMatchObject({ id: clinician.id });

    const invited = await inviteStaff(scope, { name: "Never Set", email: `never-${randomUUID()}@test.example`, role: "CLINICIAN" });
    if (!invited.ok) throw new Error("not invited");
    await deactivateStaff(scope, { userId: invited.value.userId });
    expect(await reactivateStaff(scope, { userId: invited.value.userId })).toMatchObject({ ok: true, value: { status: "INVITED" } });
    // Its old invitation stays revoked: it needs a new link.
    expect(await unsafeGetPasswordLinkPage(invited.value.token)).toEqual({ usable: false });
  });

  it("a role change ends the member's sessions and is audited", async () => {
    const { clinicId, admin, clinician, scope } = await clinicWithAdmin();
    const session = await authenticate({ email: clinician.email, password: DEMO_PASSWORD });
    expect(await changeStaffRole(scope, { userId: clinician.id, role: "ADMIN" })).toMatchObject({ ok: true, value: { role: "ADMIN", changed: true } });
    expect(await viewerForSession(session!)).toBeNull();
    expect(await authenticate({ email: clinician.email, password: DEMO_PASSWORD })).toMatchObject({ role: "ADMIN" });
    expect(await auditOf(clinicId, clinician.id)).toEqual([{ action: "UPDATE", entityType: "UserRole", actorId: admin.id }]);
  });
});

describe("clinic scope", () => {
  it("another clinic's staff member, a patient account or a made-up id are NOT_FOUND and stay unchanged", async () => {
    const { scope } = await clinicWithAdmin();
    const other = await clinicWithAdmin();
    const patient = await addStaff(other.clinicId, "PATIENT");
    const ownPatient = await addStaff(scope.clinicId, "PATIENT");
    const targets = [other.clinician.id, other.admin.id, patient.id, ownPatient.id, randomUUID()];
    const before = await Promise.all(targets.slice(0, 4).map(userState));

    for (const userId of targets) {
      await expect(changeStaffRole(scope, { userId, role: "ADMIN" })).rejects.toEqual(NOT_FOUND);
      await expect(changeStaffRole(scope, { userId, role: "CLINICIAN" })).rejects.toEqual(NOT_FOUND);
      await expect(deactivateStaff(scope, { userId })).rejects.toEqual(NOT_FOUND);
      await expect(reactivateStaff(scope, { userId })).rejects.toEqual(NOT_FOUND);
      await expect(issueStaffLink(scope, { userId })).rejects.toEqual(NOT_FOUND);
    }
    expect(await Promise.all(targets.slice(0, 4).map(userState))).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { entityId: { in: targets } } })).toBe(0);
    expect((await listStaff(scope)).map((member) => member.id)).not.toContain(ownPatient.id);
  });
});
