/**
 * The one rule for NEXTAUTH_SECRET, shared by the server's start-up check (env.ts) and the start
 * scripts (which cannot import server-only modules), so both refuse with the same words.
 */
export const MIN_SECRET_LENGTH = 32;

export const WEAK_SECRET_MESSAGE =
  "NEXTAUTH_SECRET must be at least 32 characters: set it to a random value (openssl rand -base64 48).";

export function isStrongEnoughSecret(secret: string | undefined): secret is string {
  return (secret?.length ?? 0) >= MIN_SECRET_LENGTH;
}
