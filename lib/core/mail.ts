import "server-only";
import nodemailer from "nodemailer";

/**
 * Outgoing e-mail, only when SMTP_URL is set (smtp://user:pass@host:587, or smtps://… for TLS from
 * the start). Without it nothing is queued or sent and the UI shows links to copy instead, saying
 * e-mail is off. Messages go out through the job queue (lib/mail), never straight from a request.
 */
export function mailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe on reminders. */
  headers?: Record<string, string>;
  /** A Message-ID fixed by the message's idempotency key, so a receiver can tell a resend from a new message. */
  messageId?: string;
};

let transport: nodemailer.Transporter | undefined;

/** Sends one message; throws when SMTP is off or the server refuses or cannot be reached (the job queue retries). */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP is not configured");
  // Short timeouts: a dead server fails the attempt quickly and the queue retries it later.
  transport ??= nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  await transport.sendMail({ from: process.env.MAIL_FROM ?? "Rehabit <no-reply@localhost>", ...mail });
}

/** Forgets the transport, for a changed SMTP_URL (tests start their own server). */
export function resetMailTransport(): void {
  transport?.close();
  transport = undefined;
}
