import { createHash, randomBytes } from "node:crypto";

/**
 * FHIR API key tokens: `rhb_<prefix>_<secret>`. The prefix (12 hex characters, not secret) is what the
 * key table shows so an admin can tell keys apart; the secret is 32 random bytes in base64url. Only the
 * SHA-256 of the whole token is stored: with 256 bits of entropy there is nothing to brute-force, so a
 * fast hash is right (unlike passwords), and the lookup by hash stays an index probe, which leaks no
 * timing about how much of a guess matched.
 */
export const API_KEY_TOKEN_PREFIX = "rhb";
const PREFIX_BYTES = 6;
const SECRET_BYTES = 32;
const TOKEN_SHAPE = /^rhb_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type ApiKeyToken = { token: string; prefix: string; tokenHash: string };

export function generateApiKeyToken(): ApiKeyToken {
  const prefix = randomBytes(PREFIX_BYTES).toString("hex");
  const token = `${API_KEY_TOKEN_PREFIX}_${prefix}_${randomBytes(SECRET_BYTES).toString("base64url")}`;
  return { token, prefix, tokenHash: hashApiKeyToken(token) };
}

export function hashApiKeyToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** What an Authorization header holds: no bearer credential at all, one that cannot be a key, or a key-shaped token. */
export type BearerCredential = { kind: "missing" } | { kind: "malformed" } | { kind: "token"; token: string; prefix: string };

/**
 * Reads `Authorization: Bearer <token>` (the scheme is case-insensitive, RFC 7235). Anything that is not
 * key-shaped is refused here, without a query.
 */
export function parseBearer(header: string | null): BearerCredential {
  if (header === null || header.trim() === "") return { kind: "missing" };
  const match = /^bearer +(\S+) *$/i.exec(header);
  if (!match) return /^bearer\b/i.test(header) ? { kind: "malformed" } : { kind: "missing" };
  const token = match[1]!;
  const shape = TOKEN_SHAPE.exec(token);
  return shape ? { kind: "token", token, prefix: shape[1]! } : { kind: "malformed" };
}
