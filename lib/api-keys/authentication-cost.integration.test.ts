import { afterAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "./mutations";
import { countingDb } from "@/scripts/testing/counting-db";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { authenticateApiKey } from "@/lib/core/auth/api-keys";

vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));

afterAll(async () => {
  await Promise.all([testDb.$disconnect(), countingDb.client.$disconnect()]);
});

describe("what authenticating an API request costs", () => {
  it("is two statements (the lookup by hash and the rate-window upsert), plus one for 'last used' at most once a minute", async () => {
    const clinic = await createTestClinic();
    const key = await createApiKey(clinic.scope, { name: "Cost" });
    if (!key.ok) throw new Error("key not created");
    const header = `Bearer ${key.value.token}`;

    countingDb.reset();
    expect((await authenticateApiKey(header)).ok).toBe(true);
    expect(countingDb.statements()).toHaveLength(3);
    const rounds = 100;
    countingDb.reset();
    for (let round = 0; round < rounds; round++) await authenticateApiKey(header, { REHABIT_API_REQUESTS_PER_MINUTE: "1000" });
    expect(countingDb.statements()).toHaveLength(2 * rounds);
  });

  it("refuses a malformed header without a statement", async () => {
    countingDb.reset();
    expect((await authenticateApiKey("Bearer rhb_nope")).ok).toBe(false);
    expect(countingDb.statements()).toHaveLength(0);
  });
});
