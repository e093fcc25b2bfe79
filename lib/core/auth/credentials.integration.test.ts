import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { authenticate, SIGN_IN_THROTTLED } from "./credentials";
import { MAX_FAILED_SIGN_INS } from "./session-policy";

let email: string;

beforeAll(async () => {
  ({ clinicianEmail: email } = await createTestClinic());
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("authenticate", () => {
  it("signs in with the right password, ignoring e-mail case, and never returns the hash", async () => {
    const user = await authenticate({ email: email.toUpperCase(), password: DEMO_PASSWORD });
    expect(user).toMatchObject({ role: "CLINICIAN", patientId: null });
    expect(Object.keys(user ?? {})).not.toContain("passwordHash");
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    expect(await authenticate({ email, password: "wrong-password" })).toBeNull();
    expect(await authenticate({ email: "nobody@test.example", password: DEMO_PASSWORD })).toBeNull();
  });

  it(
    "throttles an account after repeated failures, even for the right password, counting in the database",
    async () => {
      const { clinicianEmail } = await createTestClinic();
      for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await authenticate({ email: clinicianEmail, password: `wrong-${i}` });
      await expect(authenticate({ email: clinicianEmail, password: DEMO_PASSWORD })).rejects.toThrow(SIGN_IN_THROTTLED);
      expect(await testDb.loginAttempt.count({ where: { email: clinicianEmail, succeeded: false } })).toBe(MAX_FAILED_SIGN_INS);
      // Other accounts are unaffected.
      expect(await authenticate({ email, password: DEMO_PASSWORD })).not.toBeNull();
    },
    60_000,
  );
});
