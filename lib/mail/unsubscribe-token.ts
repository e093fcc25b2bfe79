import { createHash, createHmac } from "node:crypto";

/**
 * The signature in an unsubscribe link, "<patient id>.<signature>": an HMAC of the patient's id with
 * a key derived from the session secret. Pure (the secret is passed in), so the end-to-end tests can
 * make a link the server accepts; the app itself goes through lib/mail/tokens.ts.
 */
export function unsubscribeSignature(secret: string, patientId: string): string {
  const key = createHash("sha256").update(`rehabit:unsubscribe:${secret}`).digest();
  return createHmac("sha256", key).update(`exercise-reminder:${patientId}`).digest("base64url");
}
