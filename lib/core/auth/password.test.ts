import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import bcrypt from "bcryptjs";
import { hashPassword, newPasswordSchema, passwordNeedsRehash, rehashPassword, verifyPassword } from "./password";

describe("password policy", () => {
  it("needs at least 8 characters", () => {
    expect(newPasswordSchema.safeParse("kx7-qua").success).toBe(false);
    expect(newPasswordSchema.safeParse("kx7-quay").success).toBe(true);
  });

  it("refuses the 1,000 most common passwords, whatever their case, with words that say why", () => {
    for (const common of ["12345678", "password", "Password1", "iloveyou", "SUNSHINE", "football"]) {
      const result = newPasswordSchema.safeParse(common);
      expect(result.success, common).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("This password is one of the most common and easy to guess. Choose another.");
    }
    expect(COMMON_PASSWORDS).toHaveLength(1000);
    // The demo password is not one of them: the demo keeps working.
    expect(newPasswordSchema.safeParse("rehabit-demo").success).toBe(true);
  });

  it("refuses to hash a password that breaks the policy", async () => {
    await expect(hashPassword("short")).rejects.toThrow();
  });
});

describe("hashing", () => {
  it("stores a hash, not the password, and verifies only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).not.toContain("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(passwordNeedsRehash(hash)).toBe(false);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("wrong horse battery", hash)).toBe(false);
  });

  it("verifies bcrypt hashes made before Argon2id (bcryptjs, $2a$ and $2b$, any cost) and marks them for re-hashing", async () => {
    const old = await bcrypt.hash("correct horse battery", 4);
    for (const hash of [old, old.replace(/^\$2b\$/, "$2a$")]) {
      expect(await verifyPassword("correct horse battery", hash)).toBe(true);
      expect(await verifyPassword("wrong horse battery", hash)).toBe(false);
      expect(passwordNeedsRehash(hash)).toBe(true);
    }
  });

  it("re-hashes a password of the old policy too (no policy check on a password that just matched)", async () => {
    const hash = await rehashPassword("short");
    expect(passwordNeedsRehash(hash)).toBe(false);
    expect(await verifyPassword("short", hash)).toBe(true);
  });

  it("never matches a hash it cannot read", async () => {
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
    expect(await verifyPassword("anything", "$argon2id$v=19$m=19456,t=2,p=1$broken")).toBe(false);
  });

  it("never matches when there is no account", async () => {
    expect(await verifyPassword("anything", null)).toBe(false);
  });
});
