import "server-only";
import nodemailer from "nodemailer";

/**
 * Outgoing e-mail, only when SMTP_URL is set (smtp://user:pass@host:587, or smtps://… for TLS from
 * the start). Without it nothing is sent and the UI shows links to copy instead. Messages carry no
 * health details: only that the clinic sent a link, and the link.
 */
export function mailEnabled(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export type OutgoingMail = { to: string; subject: string; text: string; html: string };

let transport: nodemailer.Transporter | undefined;

/** Sends one message; throws when SMTP is off or the server refuses, so the caller can say so. */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("SMTP is not configured");
  transport ??= nodemailer.createTransport(url);
  await transport.sendMail({ from: process.env.MAIL_FROM ?? "Rehabit <no-reply@localhost>", ...mail });
}

/** Forgets the transport, for a changed SMTP_URL (tests start their own server). */
export function resetMailTransport(): void {
  transport?.close();
  transport = undefined;
}
