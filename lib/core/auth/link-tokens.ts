import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes: 256 bits, far beyond guessing, so the link itself is the credential. */
const TOKEN_BYTES = 32;

/** 32 bytes in base64url without padding are always 43 characters from this alphabet. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new invitation token and the only form of it the database keeps. The token goes into the link
 * shown once to the clinician; a stolen database copy cannot be turned back into working links.
 */
export function generateInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/**
 * SHA-256 (hex) of a token. A plain, fast hash is right here, unlike for passwords: the token is
 * random with 256 bits of entropy, so there is nothing to brute-force, and lookups stay indexed.
 */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string from a URL could be a token at all; anything else is refused without a query. */
export function isTokenShaped(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
