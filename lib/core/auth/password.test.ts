import { describe, expect, it } from "vitest";
import { hashPassword, newPasswordSchema, verifyPassword } from "./password";

describe("password policy", () => {
  it("needs at least 8 characters", () => {
    expect(newPasswordSchema.safeParse("1234567").success).toBe(false);
    expect(newPasswordSchema.safeParse("12345678").success).toBe(true);
  });

  it("refuses to hash a password that breaks the policy", async () => {
    await expect(hashPassword("short")).rejects.toThrow();
  });
});

describe("hashing", () => {
  it("stores a hash, not the password, and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    expect(hash).toMatch(/^\$2[aby]\$12\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("wrong horse battery", hash)).toBe(false);
  });

  it("never matches when there is no account", async () => {
    expect(await verifyPassword("anything", null)).toBe(false);
  });
});
