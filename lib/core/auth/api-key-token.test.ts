import { describe, expect, it } from "vitest";
import { apiRequestsPerMinute, DEFAULT_API_REQUESTS_PER_MINUTE } from "./api-key-limits";
import { generateApiKeyToken, hashApiKeyToken, parseBearer } from "./api-key-token";

describe("API key tokens", () => {
  it("are rhb_<12 hex>_<43 base64url>, different each time, stored as the SHA-256 of the whole token", () => {
    const a = generateApiKeyToken();
    const b = generateApiKeyToken();
    expect(a.token).toMatch(/^rhb_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(a.token.startsWith(`rhb_${a.prefix}_`)).toBe(true);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashApiKeyToken(a.token));
    expect(a.tokenHash).not.toContain(a.token.slice(17));
    expect(b.token).not.toBe(a.token);
    expect(b.prefix).not.toBe(a.prefix);
  });
});

describe("parseBearer", () => {
  const { token, prefix } = generateApiKeyToken();

  it("reads a key from 'Bearer <token>', whatever the scheme's case", () => {
    expect(parseBearer(`Bearer ${token}`)).toEqual({ kind: "token", token, prefix });
    expect(parseBearer(`bearer ${token}`)).toEqual({ kind: "token", token, prefix });
    expect(parseBearer(`BEARER  ${token} `)).toEqual({ kind: "token", token, prefix });
  });

  it("says no credential was sent for a missing or empty header, or another scheme", () => {
    expect(parseBearer(null)).toEqual({ kind: "missing" });
    expect(parseBearer("")).toEqual({ kind: "missing" });
    expect(parseBearer("Basic dXNlcjpwYXNz")).toEqual({ kind: "missing" });
  });

  it("refuses anything bearer-like that is not key-shaped, without a lookup", () => {
    for (const header of [
      "Bearer",
      "Bearer ",
      `Bearer ${token} extra`,
      `Bearer ${token}x`,
      `Bearer ${token.slice(0, -1)}`,
      `Bearer ${token.replace("rhb_", "rhx_")}`,
      // Upper-case hex in the prefix (a random prefix can be all digits, which upper-casing leaves as it is).
      `Bearer rhb_ABCDEF${prefix.slice(6)}_${token.slice(17)}`,
      `Bearer rhb_${prefix}_${"A".repeat(42)}!`,
      "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x",
    ]) {
      expect(parseBearer(header), header).toEqual({ kind: "malformed" });
    }
  });
});

describe("apiRequestsPerMinute", () => {
  it("is 120 unless REHABIT_API_REQUESTS_PER_MINUTE names a positive whole number", () => {
    expect(DEFAULT_API_REQUESTS_PER_MINUTE).toBe(120);
    expect(apiRequestsPerMinute({})).toBe(120);
    expect(apiRequestsPerMinute({ REHABIT_API_REQUESTS_PER_MINUTE: "5" })).toBe(5);
    for (const bad of ["0", "-3", "2.5", "many", ""]) expect(apiRequestsPerMinute({ REHABIT_API_REQUESTS_PER_MINUTE: bad })).toBe(120);
  });
});
