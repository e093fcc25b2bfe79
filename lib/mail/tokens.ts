import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { makeUnsubscribeToken, verifyUnsubscribeToken, type UnsubscribeList, type UnsubscribeTarget } from "./unsubscribe-token";

/**
 * Keys derived from the session secret (NEXTAUTH_SECRET, which every app instance and the worker
 * share): one seals one-time links while their e-mail waits in the outbox, one signs unsubscribe links (lib/mail/unsubscribe-token.ts).
 */
function sessionSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}

const keyFor = (purpose: string): Buffer => createHash("sha256").update(`rehabit:${purpose}:${sessionSecret()}`).digest();

/** AES-256-GCM: a database reader cannot use a pending invitation or reset link from the outbox. */
export function sealLink(link: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor("mail-link"), iv);
  const body = Buffer.concat([cipher.update(link, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

export function unsealLink(sealed: string): string {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url")) as [Buffer, Buffer, Buffer];
  const decipher = createDecipheriv("aes-256-gcm", keyFor("mail-link"), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}

/** "<list>.<patient id>.<HMAC>": stops that one list for that patient, without signing in; nothing else. */
export function unsubscribeToken(list: UnsubscribeList, patientId: string): string {
  return makeUnsubscribeToken(sessionSecret(), list, patientId);
}

/** The list and patient a token names, or null for a malformed or forged one. */
export function parseUnsubscribeToken(token: string): UnsubscribeTarget | null {
  return verifyUnsubscribeToken(sessionSecret(), token);
}
