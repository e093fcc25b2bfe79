import { describe, expect, it } from "vitest";
import { renderMail, type MailContent } from "./messages";

const LINK = "https://rehabit.example/set-password/abc";
const EVERY_KIND: MailContent[] = [
  { kind: "INVITE", clinicName: "Northside <Physio>", link: LINK },
  { kind: "PASSWORD_RESET", clinicName: "Northside <Physio>", link: LINK },
  { kind: "LEFS_REQUEST", clinicName: "Northside <Physio>", portalUrl: "https://rehabit.example/portal" },
  { kind: "APPOINTMENT_CONFIRMATION", clinicName: "Northside <Physio>", startsAt: "2026-03-02T22:00:00.000Z", timeZone: "Australia/Sydney", portalUrl: "https://rehabit.example/portal" },
  {
    kind: "APPOINTMENT_REMINDER",
    clinicName: "Northside <Physio>",
    startsAt: "2026-03-02T22:00:00.000Z",
    timeZone: "Australia/Sydney",
    portalUrl: "https://rehabit.example/portal",
    unsubscribeUrl: "https://rehabit.example/unsubscribe/visit-reminder.p.s",
    oneClickUrl: "https://rehabit.example/api/unsubscribe/visit-reminder.p.s",
  },
  { kind: "EXERCISE_REMINDER", clinicName: "Northside <Physio>", portalUrl: "https://rehabit.example/portal", unsubscribeUrl: "https://rehabit.example/unsubscribe/x.y", oneClickUrl: "https://rehabit.example/api/unsubscribe/x.y" },
];

describe("renderMail", () => {
  it("carries a reset link in plain text and HTML, says who sent it, and escapes the clinic's name", () => {
    const mail = renderMail({ kind: "PASSWORD_RESET", clinicName: "Northside <Physio>", link: LINK });
    expect(mail.subject).toBe("Set a new Rehabit password");
    expect(mail.text).toContain(LINK);
    expect(mail.text).toContain("Northside <Physio> has sent you a link to set a new Rehabit password");
    expect(mail.html).toContain(`<a href="${LINK}">`);
    expect(mail.html).toContain("Northside &#60;Physio&#62;");
    expect(mail.html).not.toContain("<Physio>");
    expect(mail.text).toMatch(/works once, for 72 hours/);
  });

  it("names a visit's time in the zone it is given, with the zone", () => {
    const mail = renderMail(EVERY_KIND[4]!);
    expect(mail.text).toContain("You have a visit at Northside <Physio> at 3 Mar 2026, 09:00 GMT+11.");
  });

  it("gives reminders an unsubscribe link and RFC 8058 one-click headers; the others none", () => {
    const reminder = renderMail(EVERY_KIND[5]!);
    expect(reminder.text).toContain("https://rehabit.example/unsubscribe/x.y");
    expect(reminder.headers).toEqual({ "List-Unsubscribe": "<https://rehabit.example/api/unsubscribe/x.y>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(renderMail(EVERY_KIND[0]!).headers).toBeUndefined();
  });

  it("gives the visit reminder its own unsubscribe link and one-click headers; the confirmation none", () => {
    const reminder = renderMail(EVERY_KIND[4]!);
    expect(reminder.text).toContain("To stop these reminders before each visit, open this link (no sign-in needed):\n\nhttps://rehabit.example/unsubscribe/visit-reminder.p.s");
    expect(reminder.html).toContain('<a href="https://rehabit.example/unsubscribe/visit-reminder.p.s">');
    expect(reminder.headers).toEqual({
      "List-Unsubscribe": "<https://rehabit.example/api/unsubscribe/visit-reminder.p.s>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(renderMail(EVERY_KIND[3]!).headers).toBeUndefined();
    expect(renderMail(EVERY_KIND[3]!).text).not.toContain("unsubscribe");
    // One queued before reminders could be stopped still goes, without a link.
    const { unsubscribeUrl: _link, oneClickUrl: _oneClick, ...queuedEarlier } = EVERY_KIND[4] as Extract<MailContent, { kind: "APPOINTMENT_REMINDER" }>;
    expect(renderMail(queuedEarlier).headers).toBeUndefined();
    expect(renderMail(queuedEarlier).text).not.toContain("unsubscribe");
  });

  it.each(EVERY_KIND)("$kind has text and HTML and no health words", (content) => {
    const mail = renderMail(content);
    expect(mail.text.length).toBeGreaterThan(20);
    expect(mail.html).toMatch(/^<p>/);
    for (const word of [/hamstring/i, /pain/i, /exercise/i, /diagnos/i, /LEFS/, /questionnaire/i, /injur/i, /cramp/i, /treatment/i]) {
      expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(word);
    }
  });
});
