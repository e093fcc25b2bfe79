import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { DEMO_PASSWORD } from "@/prisma/factories";
import { authenticate, checkCurrentPassword, SIGN_IN_BUSY, SIGN_IN_THROTTLED, SIGN_IN_THROTTLED_ADDRESS } from "./credentials";
import type * as passwordModule from "./password";
import { passwordNeedsRehash, verifyPassword } from "./password";
import { MAX_FAILED_SIGN_INS } from "./session-policy";
import { MAX_FAILED_SIGN_INS_PER_ADDRESS } from "./sign-in-limits";

// The seam that counts password checks: the real verifyPassword, wrapped in a spy.
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof passwordModule>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const passwordChecks = vi.mocked(verifyPassword);

let email: string;
// Each test signs in from its own documentation-range address, so the per-address limit of one test never reaches another.
const origin = () => ({ clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}` });

beforeAll(async () => {
  ({ clinicianEmail: email } = await createTestClinic());
});

afterEach(() => {
  delete process.env.REHABIT_PASSWORD_CHECKS_PER_MINUTE;
});

afterAll(async () => {
  await testDb.$disconnect();
});

/** Runs all calls at once and sorts the outcomes: a user, null, or the thrown code. */
async function outcomes(calls: Promise<unknown>[]): Promise<string[]> {
  const settled = await Promise.allSettled(calls);
  return settled.map((s) => (s.status === "rejected" ? String((s.reason as Error).message) : s.value === null ? "wrong" : "ok"));
}
const tally = (values: string[]) => Object.fromEntries([...new Set(values)].map((v) => [v, values.filter((x) => x === v).length]));

describe("authenticate", () => {
  it("signs in with the right password, ignoring e-mail case, and never returns the hash", async () => {
    const user = await authenticate({ email: email.toUpperCase(), password: DEMO_PASSWORD }, origin());
    expect(user).toMatchObject({ role: "CLINICIAN", patientId: null });
    expect(Object.keys(user ?? {})).not.toContain("passwordHash");
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    expect(await authenticate({ email, password: "wrong-password" }, origin())).toBeNull();
    expect(await authenticate({ email: "nobody@test.example", password: DEMO_PASSWORD }, origin())).toBeNull();
  });

  it(
    "throttles an account after repeated failures, even for the right password, counting in the database",
    async () => {
      const { clinicianEmail } = await createTestClinic();
      for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await authenticate({ email: clinicianEmail, password: `wrong-${i}` }, origin());
      await expect(authenticate({ email: clinicianEmail, password: DEMO_PASSWORD }, origin())).rejects.toThrow(SIGN_IN_THROTTLED);
      expect(await testDb.loginAttempt.count({ where: { email: clinicianEmail, succeeded: false } })).toBe(MAX_FAILED_SIGN_INS);
      // Other accounts are unaffected.
      expect(await authenticate({ email, password: DEMO_PASSWORD }, origin())).not.toBeNull();
    },
    60_000,
  );

  it(
    "gives 40 concurrent wrong passwords for one account exactly the limit's number of password checks",
    async () => {
      const { clinicianEmail } = await createTestClinic();
      passwordChecks.mockClear();
      const results = await outcomes(
        Array.from({ length: 40 }, (_, i) => authenticate({ email: clinicianEmail, password: `wrong-${i}` }, origin())),
      );
      expect(passwordChecks).toHaveBeenCalledTimes(MAX_FAILED_SIGN_INS);
      expect(tally(results)).toEqual({ wrong: MAX_FAILED_SIGN_INS, [SIGN_IN_THROTTLED]: 40 - MAX_FAILED_SIGN_INS });
      expect(await testDb.loginAttempt.count({ where: { email: clinicianEmail } })).toBe(MAX_FAILED_SIGN_INS);
    },
    60_000,
  );

  it(
    "keeps the current-password check under the same rule, concurrent guesses included",
    async () => {
      const { clinicianEmail } = await createTestClinic();
      passwordChecks.mockClear();
      const results = await Promise.all(Array.from({ length: 25 }, (_, i) => checkCurrentPassword(clinicianEmail, `wrong-${i}`)));
      expect(passwordChecks).toHaveBeenCalledTimes(MAX_FAILED_SIGN_INS);
      expect(tally(results)).toEqual({ wrong: MAX_FAILED_SIGN_INS, throttled: 25 - MAX_FAILED_SIGN_INS });
      expect(await checkCurrentPassword(clinicianEmail, DEMO_PASSWORD)).toBe("throttled");
    },
    60_000,
  );

  it(
    "limits failures per client address across many accounts, and leaves other addresses alone",
    async () => {
      const sprayer = { clientAddress: `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}` };
      passwordChecks.mockClear();
      // One password sprayed over 60 accounts (unknown ones cost a check too), all at once.
      const results = await outcomes(
        Array.from({ length: 60 }, () => authenticate({ email: `sprayed-${randomUUID()}@test.example`, password: "Summer2026!" }, sprayer)),
      );
      expect(passwordChecks).toHaveBeenCalledTimes(MAX_FAILED_SIGN_INS_PER_ADDRESS);
      expect(tally(results)).toEqual({ wrong: MAX_FAILED_SIGN_INS_PER_ADDRESS, [SIGN_IN_THROTTLED_ADDRESS]: 60 - MAX_FAILED_SIGN_INS_PER_ADDRESS });
      // The address is refused even with the right password for an account it never tried...
      await expect(authenticate({ email, password: DEMO_PASSWORD }, sprayer)).rejects.toThrow(SIGN_IN_THROTTLED_ADDRESS);
      // ...which signs in from anywhere else.
      expect(await authenticate({ email, password: DEMO_PASSWORD }, origin())).not.toBeNull();
    },
    60_000,
  );

  it(
    "stops every password check in the installation at the global ceiling per minute, counted in the database",
    async () => {
      const since = new Date(Date.now() - 60_000);
      // The ceiling sits 5 checks above what this database has seen in the last minute.
      const recent = await testDb.loginAttempt.count({ where: { attemptedAt: { gte: since } } });
      process.env.REHABIT_PASSWORD_CHECKS_PER_MINUTE = String(recent + 5);
      passwordChecks.mockClear();
      const results = await outcomes(
        Array.from({ length: 12 }, (_, i) => authenticate({ email: `global-${i}-${randomUUID()}@test.example`, password: "x" }, origin())),
      );
      expect(passwordChecks).toHaveBeenCalledTimes(5);
      expect(tally(results)).toEqual({ wrong: 5, [SIGN_IN_BUSY]: 7 });
      // Right passwords of untouched accounts wait too, until the minute passes or the ceiling rises, and so
      // does a signed-in user's current-password check.
      await expect(authenticate({ email, password: DEMO_PASSWORD }, origin())).rejects.toThrow(SIGN_IN_BUSY);
      expect(await checkCurrentPassword(email, DEMO_PASSWORD)).toBe("busy");
      delete process.env.REHABIT_PASSWORD_CHECKS_PER_MINUTE;
      expect(await authenticate({ email, password: DEMO_PASSWORD }, origin())).not.toBeNull();
    },
    60_000,
  );

  it("verifies a bcrypt hash from before Argon2id and replaces it with an Argon2id hash at sign-in", async () => {
    const { clinicianEmail } = await createTestClinic();
    const oldHash = await bcrypt.hash(DEMO_PASSWORD, 12);
    await testDb.user.update({ where: { email: clinicianEmail }, data: { passwordHash: oldHash } });

    expect(await authenticate({ email: clinicianEmail, password: "wrong-password" }, origin())).toBeNull();
    expect((await testDb.user.findUniqueOrThrow({ where: { email: clinicianEmail } })).passwordHash).toBe(oldHash);

    expect(await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD }, origin())).not.toBeNull();
    const { passwordHash } = await testDb.user.findUniqueOrThrow({ where: { email: clinicianEmail } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(passwordNeedsRehash(passwordHash!)).toBe(false);
    expect(await authenticate({ email: clinicianEmail, password: DEMO_PASSWORD }, origin())).not.toBeNull();
  }, 30_000);
});
