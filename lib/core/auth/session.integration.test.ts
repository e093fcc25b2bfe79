import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { authenticate, type AuthenticatedUser } from "./credentials";
import { endAllSessions } from "./mutations";
import { viewerForSession } from "./session";

afterAll(async () => {
  await testDb.$disconnect();
});

/** Signs in and returns the claims the session cookie would carry. */
async function signIn(email: string): Promise<AuthenticatedUser> {
  const user = await authenticate({ email, password: DEMO_PASSWORD });
  if (!user) throw new Error("sign-in failed");
  return user;
}

describe("sessions checked against the database", () => {
  it("a session ends on its next request once the user's session generation is bumped (sign out everywhere)", async () => {
    const { clinicianEmail } = await createTestClinic();
    const claims = await signIn(clinicianEmail);
    expect(await viewerForSession(claims)).toMatchObject({ id: claims.id, role: "CLINICIAN" });

    await endAllSessions(claims.id);
    expect(await viewerForSession(claims)).toBeNull();
    // A new sign-in starts a session in the new generation.
    expect(await viewerForSession(await signIn(clinicianEmail))).not.toBeNull();
  });

  it("a deactivated user can neither sign in nor keep using a session issued before", async () => {
    const { clinicianEmail } = await createTestClinic();
    const claims = await signIn(clinicianEmail);
    await testDb.user.update({ where: { id: claims.id }, data: { status: "DEACTIVATED" } });

    expect(await viewerForSession(claims)).toBeNull();
    expect(await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD })).toBeNull();
  });

  it("a session whose role or clinic no longer matches the account is refused", async () => {
    const { clinicianEmail } = await createTestClinic();
    const claims = await signIn(clinicianEmail);
    expect(await viewerForSession({ ...claims, role: "ADMIN" })).toBeNull();
    await testDb.user.update({ where: { id: claims.id }, data: { role: "ADMIN" } });
    expect(await viewerForSession(claims)).toBeNull();
  });

  it("records the time of each successful sign-in", async () => {
    const { clinicianEmail } = await createTestClinic();
    const before = new Date();
    const claims = await signIn(clinicianEmail);
    const { lastSignInAt } = await testDb.user.findUniqueOrThrow({ where: { id: claims.id }, select: { lastSignInAt: true } });
    expect(lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
  });
});
