import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateInvitationToken, hashInvitationToken, isTokenShaped } from "./link-tokens";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url (43 URL-safe characters, no padding)", () => {
    const { token } = generateInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateInvitationToken().token));
    expect(tokens.size).toBe(200);
  });

  it("are stored only as their SHA-256, which does not contain the token", () => {
    const { token, tokenHash } = generateInvitationToken();
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashInvitationToken(token)).toBe(tokenHash);
    expect(hashInvitationToken(`${token.slice(0, -1)}A`)).not.toBe(hashInvitationToken(`${token.slice(0, -1)}B`));
  });

  it("recognises only token-shaped strings, so anything else is refused without a lookup", () => {
    expect(isTokenShaped(generateInvitationToken().token)).toBe(true);
    expect(isTokenShaped("a".repeat(42))).toBe(false);
    expect(isTokenShaped("a".repeat(44))).toBe(false);
    expect(isTokenShaped(`${"a".repeat(42)}=`)).toBe(false);
    expect(isTokenShaped(`${"a".repeat(42)}/`)).toBe(false);
    expect(isTokenShaped("")).toBe(false);
  });
});
