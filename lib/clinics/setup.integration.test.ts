import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { unsafeGetPasswordLinkPage } from "@/lib/accounts/data";
import { setPasswordWithLink } from "@/lib/accounts/mutations";
import { authenticate } from "@/lib/core/auth/credentials";
import { testDb } from "@/scripts/testing/integration-fixtures";
import { setUpClinic } from "./mutations";

afterAll(async () => {
  await testDb.$disconnect();
});

const PASSWORD = "first-admin-passphrase";

describe("setUpClinic (npm run setup)", () => {
  it("creates exactly one clinic with one invited admin and one link through which the admin sets a password", async () => {
    const clinicName = `Setup clinic ${randomUUID()}`;
    const adminEmail = `Admin-${randomUUID()}@Clinic.example`;
    const clinicsBefore = await testDb.clinic.count();

    const result = await setUpClinic({ clinicName, adminEmail, adminName: "Alex Admin" });
    if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));

    expect(await testDb.clinic.count()).toBe(clinicsBefore + 1);
    const users = await testDb.user.findMany({ where: { clinicId: result.value.clinicId }, select: { email: true, role: true, status: true, passwordHash: true } });
    expect(users).toEqual([{ email: adminEmail.toLowerCase(), role: "ADMIN", status: "INVITED", passwordHash: null }]);
    expect(await testDb.passwordToken.count({ where: { clinicId: result.value.clinicId } })).toBe(1);
    expect(await unsafeGetPasswordLinkPage(result.value.token)).toMatchObject({ usable: true, purpose: "INVITE", clinicName });
    // Nobody can sign in before the link is used.
    expect(await authenticate({ email: adminEmail, password: PASSWORD })).toBeNull();

    expect((await setPasswordWithLink({ token: result.value.token, password: PASSWORD, confirmPassword: PASSWORD })).ok).toBe(true);
    expect(await authenticate({ email: adminEmail, password: PASSWORD })).toMatchObject({ role: "ADMIN", clinicId: result.value.clinicId });
  }, 30_000);

  it("run again with the same clinic name adds another clinic; an e-mail already in use is refused and nothing is created", async () => {
    const clinicName = `Twice ${randomUUID()}`;
    const first = await setUpClinic({ clinicName, adminEmail: `a-${randomUUID()}@clinic.example` });
    const second = await setUpClinic({ clinicName, adminEmail: `b-${randomUUID()}@clinic.example` });
    expect(first.ok && second.ok && first.value.clinicId !== second.value.clinicId).toBe(true);
    expect(await testDb.clinic.count({ where: { name: clinicName } })).toBe(2);

    const takenEmail = `taken-${randomUUID()}@clinic.example`;
    await setUpClinic({ clinicName: "Owner", adminEmail: takenEmail });
    const clinicsBefore = await testDb.clinic.count();
    const refused = await setUpClinic({ clinicName: `Refused ${randomUUID()}`, adminEmail: takenEmail });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { adminEmail: [expect.stringContaining("already exists")] } });
    expect(await testDb.clinic.count()).toBe(clinicsBefore);
  });

  it("refuses a missing clinic name or a malformed e-mail with a message naming the option", async () => {
    expect(await setUpClinic({ clinicName: " ", adminEmail: "admin@clinic.example" })).toMatchObject({ ok: false, fieldErrors: { clinicName: [expect.stringContaining("--clinic")] } });
    expect(await setUpClinic({ clinicName: "X", adminEmail: "not-an-email" })).toMatchObject({ ok: false, fieldErrors: { adminEmail: [expect.stringContaining("--admin")] } });
  });
});
