import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/core/auth/credentials";
import { viewerForSession } from "@/lib/core/auth/session";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { unsafeGetPasswordLinkPage } from "./data";
import { issuePasswordLink, setPasswordWithLink } from "./mutations";

afterAll(async () => {
  await testDb.$disconnect();
});

const NEW_PASSWORD = "a-long-new-passphrase";

async function issueFor(userId: string, clinicId: string, purpose: "INVITE" | "RESET" = "RESET") {
  return testDb.$transaction((tx) => issuePasswordLink(tx, { clinicId, userId, purpose, createdById: null }));
}

async function clinicianOf(email: string) {
  return testDb.user.findUniqueOrThrow({ where: { email }, select: { id: true, clinicId: true } });
}

describe("password links", () => {
  it("a reset link works exactly once under 10 concurrent uses, ends the old sessions and sets the new password", async () => {
    const { clinicianEmail } = await createTestClinic();
    const user = await clinicianOf(clinicianEmail);
    const oldSession = await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD });
    const { token } = await issueFor(user.id, user.clinicId);

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => setPasswordWithLink({ token, password: `${NEW_PASSWORD}-${i}`, confirmPassword: `${NEW_PASSWORD}-${i}` })),
    );
    const winners = results.flatMap((result, i) => (result.ok ? [i] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.fieldErrors._form?.length)).toBe(true);

    expect(await viewerForSession(oldSession!)).toBeNull();
    expect(await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD })).toBeNull();
    expect(await authenticate({ email: clinicianEmail, password: `${NEW_PASSWORD}-${winners[0]}` })).not.toBeNull();
    expect(await unsafeGetPasswordLinkPage(token)).toEqual({ usable: false });
  }, 60_000);

  it("a new link supersedes the pending one", async () => {
    const { clinicianEmail } = await createTestClinic();
    const user = await clinicianOf(clinicianEmail);
    const first = await issueFor(user.id, user.clinicId);
    const second = await issueFor(user.id, user.clinicId);
    expect(await unsafeGetPasswordLinkPage(first.token)).toEqual({ usable: false });
    expect(await unsafeGetPasswordLinkPage(second.token)).toMatchObject({ usable: true, purpose: "RESET", email: clinicianEmail });
    expect((await setPasswordWithLink({ token: first.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(false);
  });

  it("an invitation activates an invited account; an expired link, a made-up token and a deactivated account's link do nothing", async () => {
    const { clinicId } = await createTestClinic();
    const email = `invited-${randomUUID()}@test.example`;
    const invited = await testDb.user.create({ data: { clinicId, email, name: "New Clinician", role: "CLINICIAN", status: "INVITED" }, select: { id: true } });
    expect(await authenticate({ email, password: NEW_PASSWORD })).toBeNull();

    const expired = await testDb.$transaction((tx) =>
      issuePasswordLink(tx, { clinicId, userId: invited.id, purpose: "INVITE", createdById: null }, new Date(Date.now() - 73 * 3_600_000)),
    );
    expect((await setPasswordWithLink({ token: expired.token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(false);
    expect((await setPasswordWithLink({ token: "x".repeat(43), password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).ok).toBe(false);

    const { token } = await issueFor(invited.id, clinicId, "INVITE");
    expect(await setPasswordWithLink({ token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD })).toMatchObject({ ok: true });
    expect(await authenticate({ email, password: NEW_PASSWORD })).toMatchObject({ role: "CLINICIAN" });

    const reset = await issueFor(invited.id, clinicId);
    await testDb.user.update({ where: { id: invited.id }, data: { status: "DEACTIVATED" } });
    expect(await unsafeGetPasswordLinkPage(reset.token)).toEqual({ usable: false });
    expect((await setPasswordWithLink({ token: reset.token, password: `${NEW_PASSWORD}!`, confirmPassword: `${NEW_PASSWORD}!` })).ok).toBe(false);
    const after = await testDb.user.findUniqueOrThrow({ where: { id: invited.id }, select: { status: true } });
    expect(after.status).toBe("DEACTIVATED");
  }, 60_000);
});
