import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * What an unsubscribe link can stop, one list each, never another: the daily exercise reminder and the
 * reminder before each visit. The names show in links, so they say nothing clinical ("exercise" would).
 */
export const UNSUBSCRIBE_LISTS = ["daily-reminder", "visit-reminder"] as const;
export type UnsubscribeList = (typeof UNSUBSCRIBE_LISTS)[number];

export const isUnsubscribeList = (value: string): value is UnsubscribeList => (UNSUBSCRIBE_LISTS as readonly string[]).includes(value);

/** What each list's signature covers. The daily reminder's is the one its links had before lists had names, so they still work. */
const SIGNED_AS: Record<UnsubscribeList, string> = { "daily-reminder": "exercise-reminder", "visit-reminder": "visit-reminder" };

/**
 * The signature in an unsubscribe link: an HMAC of "<list>:<patient id>" with a key derived from the
 * session secret, so one signature covers one list of one patient. Pure (the secret is passed in), so
 * the end-to-end tests can make a link the server accepts; the app itself goes through lib/mail/tokens.ts.
 */
export function unsubscribeSignature(secret: string, list: UnsubscribeList, patientId: string): string {
  const key = createHash("sha256").update(`rehabit:unsubscribe:${secret}`).digest();
  return createHmac("sha256", key).update(`${SIGNED_AS[list]}:${patientId}`).digest("base64url");
}

/** "<list>.<patient id>.<signature>": the token in an unsubscribe link, naming what it stops. */
export function makeUnsubscribeToken(secret: string, list: UnsubscribeList, patientId: string): string {
  return `${list}.${patientId}.${unsubscribeSignature(secret, list, patientId)}`;
}

export type UnsubscribeTarget = { list: UnsubscribeList; patientId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The list and patient a token names, or null for a malformed or forged one (compared in constant
 * time). A token without a list ("<patient id>.<signature>") is a daily reminder's from before lists
 * had names, still in inboxes and in queued messages: it is checked as one, so it stops nothing else.
 */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeTarget | null {
  const parts = token.split(".");
  if (parts.length !== 2 && parts.length !== 3) return null;
  const [list, patientId, given] = parts.length === 2 ? ["daily-reminder", ...parts] : parts;
  if (!list || !patientId || !given || !isUnsubscribeList(list) || !UUID.test(patientId)) return null;
  const expected = Buffer.from(unsubscribeSignature(secret, list, patientId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? { list, patientId } : null;
}
