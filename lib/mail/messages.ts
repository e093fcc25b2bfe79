import { INVITATION_VALID_HOURS } from "@/lib/core/auth/link-state";
import { formatDateTime } from "@/lib/core/dates";

/**
 * What each e-mail says, as plain text and HTML (every value escaped). No health details, ever: who
 * sent it, a link, and at most "you have a visit at …" — nothing about a diagnosis, pain, exercises
 * or a questionnaire's subject, so a misdirected or shared inbox reveals nothing clinical.
 */
export type MailContent =
  | { kind: "INVITE" | "PASSWORD_RESET"; clinicName: string; link: string }
  | { kind: "LEFS_REQUEST"; clinicName: string; portalUrl: string }
  | { kind: "APPOINTMENT_CONFIRMATION"; clinicName: string; startsAt: string; timeZone: string; portalUrl: string }
  // The unsubscribe links are missing only from reminders queued before visit reminders could be stopped.
  | { kind: "APPOINTMENT_REMINDER"; clinicName: string; startsAt: string; timeZone: string; portalUrl: string; unsubscribeUrl?: string; oneClickUrl?: string }
  | { kind: "EXERCISE_REMINDER"; clinicName: string; portalUrl: string; unsubscribeUrl: string; oneClickUrl: string };

export type RenderedMail = { subject: string; text: string; html: string; headers?: Record<string, string> };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Block = { text: string } | { link: string };

function render(subject: string, blocks: Block[], headers?: Record<string, string>): RenderedMail {
  const text = blocks.map((block) => ("link" in block ? block.link : block.text)).join("\n\n");
  const html = blocks
    .map((block) => ("link" in block ? `<p><a href="${escapeHtml(block.link)}">${escapeHtml(block.link)}</a></p>` : `<p>${escapeHtml(block.text)}</p>`))
    .join("");
  return { subject, text: `${text}\n`, html, ...(headers && { headers }) };
}

/** RFC 8058: mail clients offer a one-click "Unsubscribe" that POSTs to this address. */
const oneClickHeaders = (oneClickUrl: string) => ({ "List-Unsubscribe": `<${oneClickUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });

const IGNORE = "If you did not expect it, ignore this e-mail.";

export function renderMail(content: MailContent): RenderedMail {
  switch (content.kind) {
    case "INVITE":
      return render(`${content.clinicName} invites you to Rehabit`, [
        { text: `${content.clinicName} has sent you a link to set your Rehabit password:` },
        { link: content.link },
        { text: `The link works once, for ${INVITATION_VALID_HOURS} hours. ${IGNORE}` },
      ]);
    case "PASSWORD_RESET":
      return render("Set a new Rehabit password", [
        { text: `${content.clinicName} has sent you a link to set a new Rehabit password:` },
        { link: content.link },
        { text: `The link works once, for ${INVITATION_VALID_HOURS} hours. ${IGNORE}` },
      ]);
    case "LEFS_REQUEST":
      return render(`A message from ${content.clinicName}`, [
        { text: `${content.clinicName} has sent you something to fill in on Rehabit. Sign in to see it:` },
        { link: content.portalUrl },
      ]);
    case "APPOINTMENT_CONFIRMATION":
      return render(`Your visit at ${content.clinicName}`, [
        { text: `${content.clinicName} has booked you a visit at ${formatDateTime(content.startsAt, content.timeZone)}.` },
        { text: "Sign in to Rehabit to see it:" },
        { link: content.portalUrl },
      ]);
    case "APPOINTMENT_REMINDER":
      return render(
        `Reminder: your visit at ${content.clinicName}`,
        [
          { text: `You have a visit at ${content.clinicName} at ${formatDateTime(content.startsAt, content.timeZone)}.` },
          { text: "Sign in to Rehabit to see it:" },
          { link: content.portalUrl },
          ...(content.unsubscribeUrl
            ? [{ text: "To stop these reminders before each visit, open this link (no sign-in needed):" }, { link: content.unsubscribeUrl }]
            : []),
        ],
        content.oneClickUrl ? oneClickHeaders(content.oneClickUrl) : undefined,
      );
    case "EXERCISE_REMINDER":
      return render(
        "Your daily Rehabit reminder",
        [
          { text: `${content.clinicName}: today's plan is waiting for you on Rehabit.` },
          { link: content.portalUrl },
          { text: "You asked for this daily reminder. To stop it, open this link (no sign-in needed):" },
          { link: content.unsubscribeUrl },
        ],
        oneClickHeaders(content.oneClickUrl),
      );
  }
}
