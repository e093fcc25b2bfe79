import { makeUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createCarePatient } from "@/prisma/care-factories";
import { createPrismaClient, hashForTests } from "@/prisma/factories";
import { unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";
import { LoginPage } from "./pages/login-page";

const db = createPrismaClient();
const secret = () => process.env.NEXTAUTH_SECRET!;

/** A Northside patient of this test's own with a portal account (demo password). */
async function freshPortalPatient() {
  const u = unique();
  const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
  const email = `visits.${u.toLowerCase()}@patient.example`;
  const { patientId } = await createCarePatient(db, {
    clinicId: clinic.id,
    patient: { firstName: "Vera", lastName: `Visits${u}`, recordNumber: `VR-${u}` },
    portalAccount: { email, passwordHash: await hashForTests() },
  });
  return { email, patientId };
}

/** Visit reminders as the sender reads them: on until a row says off. */
const visitRemindersOn = async (patientId: string) =>
  (await db.visitReminderSetting.findUnique({ where: { patientId }, select: { enabled: true } }))?.enabled ?? true;

test.describe("visit reminders", () => {
  test("the reminder's link stops them signed out; the Account page says so, refuses its stale form, and turns them on again", async ({ asRole }) => {
    const { email, patientId } = await freshPortalPatient();
    const page = await asRole(null, { viewport: { width: 375, height: 740 } });
    await page.goto("/login");
    await new LoginPage(page).signIn(email);
    await expect(page).toHaveURL(/\/portal$/);
    await page.goto("/portal/account");

    const section = page.getByRole("region", { name: "Visit reminders" });
    const toggle = section.getByRole("checkbox", { name: "E-mail me a reminder the day before each visit" });
    const save = section.getByRole("button", { name: "Save visit reminders" });
    // On by default; the e2e server has no SMTP_URL, and the section says e-mail is off.
    await expect(toggle).toBeChecked();
    await expect(section.getByText(/E-mail is off/)).toBeVisible();
    await expectNoSeriousViolations(page);

    // The link from the reminder e-mail, opened signed out: opening changes nothing; the button does.
    const token = makeUnsubscribeToken(secret(), "visit-reminder", patientId);
    const mailApp = await asRole(null, { viewport: { width: 375, height: 740 } });
    await mailApp.goto(`/unsubscribe/${token}`);
    await expect(mailApp.getByRole("heading", { name: "Stop visit reminders?" })).toBeVisible();
    await expect(mailApp.getByText(/E-mails confirming a booked or moved visit still come/)).toBeVisible();
    await expectNoSeriousViolations(mailApp);
    expect(await visitRemindersOn(patientId)).toBe(true);
    await mailApp.getByRole("button", { name: "Stop visit reminders" }).click();
    await expect(mailApp.getByRole("heading", { name: "Visit reminders are off" })).toBeVisible();
    await expectNoSeriousViolations(mailApp);
    expect(await visitRemindersOn(patientId)).toBe(false);
    // The daily reminder is another list: untouched (never turned on, so still no setting).
    expect(await db.exerciseReminder.count({ where: { patientId } })).toBe(0);

    // The Account page still open from before: its save is refused, not written over the unsubscribe.
    await save.click();
    await expect(page.getByText(/changed in another window/)).toBeVisible();
    expect(await visitRemindersOn(patientId)).toBe(false);
    await page.reload();
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await save.click();
    await expect(section.getByText("Visit reminders on.")).toBeVisible();
    expect(await visitRemindersOn(patientId)).toBe(true);
    await expectNoSeriousViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 375 px").toBe(true);

    const audit = await db.auditEvent.findMany({ where: { patientId, entityType: "VisitReminderSetting" }, select: { action: true, after: true }, orderBy: { at: "asc" } });
    expect(audit).toEqual([
      { action: "CREATE", after: { enabled: false } },
      { action: "UPDATE", after: { enabled: true } },
    ]);
  });

  test("a mail app's one-click POST stops them; a GET changes nothing; the daily reminder's signature cannot stop them", async ({ playwright, baseURL }) => {
    const { patientId } = await freshPortalPatient();
    const token = makeUnsubscribeToken(secret(), "visit-reminder", patientId);
    const mailApp = await playwright.request.newContext({ baseURL });

    const opened = await mailApp.get(`/api/unsubscribe/${token}`, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toContain(`/unsubscribe/${token}`);
    expect(await visitRemindersOn(patientId)).toBe(true);

    const dailySignature = makeUnsubscribeToken(secret(), "daily-reminder", patientId).split(".")[2];
    const otherPatient = `visit-reminder.${crypto.randomUUID()}.${token.split(".")[2]}`;
    for (const forged of [`visit-reminder.${patientId}.${dailySignature}`, otherPatient]) {
      const answer = await mailApp.post(`/api/unsubscribe/${forged}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
      expect(answer.status(), forged).toBe(404);
    }
    expect(await visitRemindersOn(patientId)).toBe(true);

    const oneClick = await mailApp.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(oneClick.status()).toBe(303);
    expect(await visitRemindersOn(patientId)).toBe(false);
    await mailApp.dispose();
  });
});
