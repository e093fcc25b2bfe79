import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import type { OutgoingMail } from "@/lib/core/mail";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The e-mail that carries a one-time password link: who sent it and the link, nothing about health
 * or care, so a misdirected or shared inbox reveals nothing clinical.
 */
export function passwordLinkMail(to: string, link: string, purpose: "INVITE" | "RESET", clinicName: string): OutgoingMail {
  const action = purpose === "INVITE" ? "set your Rehabit password" : "set a new Rehabit password";
  const subject = purpose === "INVITE" ? `${clinicName} invites you to Rehabit` : `Set a new Rehabit password`;
  const lines = [`${clinicName} has sent you a link to ${action}:`, link, `The link works once, for ${INVITATION_VALID_HOURS} hours. If you did not expect it, ignore this e-mail.`];
  return {
    to,
    subject,
    text: `${lines.join("\n\n")}\n`,
    html: `<p>${escapeHtml(lines[0]!)}</p><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><p>${escapeHtml(lines[2]!)}</p>`,
  };
}
