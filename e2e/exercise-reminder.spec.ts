import { makeUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createCarePatient } from "@/prisma/care-factories";
import { createPrismaClient, hashForTests } from "@/prisma/factories";
import { unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { insertExerciseReminder } from "./fixtures/database";
import { expect, test } from "./fixtures/roles";
import { LoginPage } from "./pages/login-page";
import { ReminderSettings } from "./pages/reminder-settings";

const db = createPrismaClient();

/** A Northside patient of this test's own with a portal account (demo password). */
async function freshPortalPatient() {
  const u = unique();
  const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
  const email = `reminder.${u.toLowerCase()}@patient.example`;
  const { patientId } = await createCarePatient(db, {
    clinicId: clinic.id,
    patient: { firstName: "Remi", lastName: `Reminder${u}`, recordNumber: `RM-${u}` },
    portalAccount: { email, passwordHash: await hashForTests() },
  });
  return { email, patientId };
}

test.describe("the portal's daily reminder", () => {
  // The browser's zone is the patient's: the reminder is stored in it.
  test.use({ timezoneId: "Pacific/Auckland" });

  test("a patient turns it on at an hour of their own zone on a phone; the e-mail's unsubscribe link turns it off without signing in, and the stale form says so", async ({ asRole }) => {
    const { email, patientId } = await freshPortalPatient();
    const page = await asRole(null, { viewport: { width: 375, height: 740 }, timezoneId: "Pacific/Auckland" });
    await page.goto("/login");
    await new LoginPage(page).signIn(email);
    await expect(page).toHaveURL(/\/portal$/);
    await page.goto("/portal/account");

    const reminder = new ReminderSettings(page);
    // The e2e server has no SMTP_URL: the page says e-mail is off, and the choice is still kept.
    await expect(reminder.section().getByText(/E-mail is off/)).toBeVisible();
    await expect(reminder.section().getByText("In your time zone (Pacific/Auckland).")).toBeVisible();
    await expect(reminder.toggle()).not.toBeChecked();
    await expectNoSeriousViolations(page);

    await reminder.save(true, "07:00");
    await expect(reminder.section().getByText("Reminder on: every day at 07:00.")).toBeVisible();
    expect(await db.exerciseReminder.findUniqueOrThrow({ where: { patientId }, select: { enabled: true, hour: true, timeZone: true } })).toEqual({
      enabled: true,
      hour: 7,
      timeZone: "Pacific/Auckland",
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 375 px").toBe(true);
    await page.reload();
    await expect(reminder.toggle()).toBeChecked();
    await expect(reminder.hour()).toHaveValue("7");
    await expectNoSeriousViolations(page);

    // The link from the e-mail, opened signed out: opening changes nothing; the button does.
    const token = makeUnsubscribeToken(process.env.NEXTAUTH_SECRET!, "daily-reminder", patientId);
    const mailApp = await asRole(null, { viewport: { width: 375, height: 740 } });
    await mailApp.goto(`/unsubscribe/${token}`);
    await expect(mailApp.getByRole("heading", { name: "Stop the daily reminder?" })).toBeVisible();
    await expectNoSeriousViolations(mailApp);
    expect((await db.exerciseReminder.findUniqueOrThrow({ where: { patientId }, select: { enabled: true } })).enabled).toBe(true);
    await mailApp.getByRole("button", { name: "Stop the reminder" }).click();
    await expect(mailApp.getByRole("heading", { name: "The daily reminder is off" })).toBeVisible();
    expect((await db.exerciseReminder.findUniqueOrThrow({ where: { patientId }, select: { enabled: true } })).enabled).toBe(false);
    const audit = await db.auditEvent.findMany({ where: { patientId, entityType: "ExerciseReminder" }, select: { action: true }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);

    // Another patient's id with this signature, or a made-up token: nothing to use.
    await mailApp.goto(`/unsubscribe/daily-reminder.${crypto.randomUUID()}.${token.split(".")[2]}`);
    await expect(mailApp.getByRole("heading", { name: "This link can't be used" })).toBeVisible();

    // The Account page still open from before: its save is refused, not written over the unsubscribe.
    await reminder.save(true, "08:00");
    await expect(page.getByText(/changed in another window/)).toBeVisible();
    await page.reload();
    await expect(reminder.toggle()).not.toBeChecked();
  });

  test("a mail app's one-click unsubscribe (RFC 8058 POST) turns it off; a GET changes nothing and a forged token is a 404", async ({ playwright, baseURL }) => {
    const { patientId } = await freshPortalPatient();
    const token = await insertExerciseReminder(patientId);
    const mailApp = await playwright.request.newContext({ baseURL });
    const enabled = async () => (await db.exerciseReminder.findUniqueOrThrow({ where: { patientId }, select: { enabled: true } })).enabled;

    const opened = await mailApp.get(`/api/unsubscribe/${token}`, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toContain(`/unsubscribe/${token}`);
    expect(await enabled()).toBe(true);

    const forged = await mailApp.post(`/api/unsubscribe/daily-reminder.${crypto.randomUUID()}.${token.split(".")[2]}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(forged.status()).toBe(404);
    expect(await enabled()).toBe(true);

    const oneClick = await mailApp.post(`/api/unsubscribe/${token}`, { form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(oneClick.status()).toBe(303);
    expect(await enabled()).toBe(false);
    await mailApp.dispose();
  });
});
