/**
 * Clinic settings: an admin of a clinic made for this test (the demo clinics stay at UTC for every other
 * spec) moves the clinic to a zone whose calendar day is not UTC's right now, and the staff pages follow:
 * the new assessment's date is the clinic's today and saves, times name the zone, and the change is in
 * the Activity log. Another admin's stale form is told of the conflict instead of overwriting it.
 */
import { createPrismaClient, createUser, hashForTests } from "@/prisma/factories";
import { PASSWORD, unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";
import { ClinicSettingsPage } from "./pages/clinic-settings-page";
import { LoginPage } from "./pages/login-page";

const dayIn = (zone: string) => new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const utcDay = () => new Date().toISOString().slice(0, 10);

/**
 * A zone on another calendar day than UTC now: the Line Islands (UTC+14) are a day ahead from 10:00 UTC,
 * Pago Pago (UTC−11) a day behind until 11:00 UTC.
 */
const zoneOffTheUtcDay = () => (new Date().getUTCHours() >= 11 ? { zone: "Pacific/Kiritimati", label: "Pacific/Kiritimati (UTC+14:00)", shown: "GMT+14" } : { zone: "Pacific/Pago_Pago", label: "Pacific/Pago Pago (UTC−11:00)", shown: "GMT-11" });

/** A clinic of the test's own with an admin who can sign in, and one patient. */
async function newClinic() {
  const db = createPrismaClient();
  try {
    const suffix = unique();
    const clinic = await db.clinic.create({ data: { name: `Zone Physio ${suffix}` }, select: { id: true, name: true } });
    const email = `zone.admin.${suffix.toLowerCase()}@clinic.example`;
    await createUser(db, { clinicId: clinic.id, email, name: "Zoe Admin", role: "ADMIN", passwordHash: await hashForTests() });
    const patient = await db.patient.create({
      data: { clinicId: clinic.id, recordNumber: `Z-${suffix}`, firstName: "Morgan", lastName: `Zone${suffix}`, dateOfBirth: new Date("1988-04-04"), sex: "FEMALE", searchText: `morgan zone${suffix.toLowerCase()}` },
      select: { id: true },
    });
    return { clinic, email, patientId: patient.id };
  } finally {
    await db.$disconnect();
  }
}

test.describe("clinic settings", () => {
  test("an admin moves the clinic to a zone a day off UTC: today's assessment is dated and saved on the clinic's day, times name the zone", async ({ asRole }) => {
    test.slow();
    const { clinic, email, patientId } = await newClinic();
    const page = await asRole(null, { viewport: { width: 1280, height: 800 } });
    await page.goto("/login");
    await new LoginPage(page).signIn(email, PASSWORD);
    await expect(page.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();

    const settings = new ClinicSettingsPage(page);
    await settings.open();
    await expect(settings.form().getByLabel(/^Clinic name/)).toHaveValue(clinic.name);
    await expect(settings.timeZone()).toHaveValue("UTC");
    await expect(settings.minutes("Assessment")).toHaveValue("60");
    await expectNoSeriousViolations(page);

    // A stale copy of the form in another tab, as a second admin would have it open.
    const staleSettings = new ClinicSettingsPage(await page.context().newPage());
    await staleSettings.open();

    // Bad input is refused on its fields.
    await settings.minutes("Review").fill("7");
    await settings.save();
    await expect(settings.form().getByText("Enter a review's length in whole minutes from 5 to 240, in steps of 5.")).toBeVisible();
    await expect(settings.minutes("Review")).toHaveAttribute("aria-invalid", "true");

    const target = zoneOffTheUtcDay();
    await settings.minutes("Review").fill("20");
    await settings.timeZone().selectOption({ label: target.label });
    await settings.save();
    await settings.expectSaved();
    await expectNoSeriousViolations(page);

    // The second admin's form was loaded before that save: theirs is refused, not written over it.
    await staleSettings.minutes("Telehealth").fill("25");
    await staleSettings.save();
    await expect(staleSettings.form().getByRole("alert")).toContainText("Someone else changed this record while you were editing.");

    // The new assessment is dated the clinic's today, a day off UTC's, and saves as such.
    const today = dayIn(target.zone);
    expect(today).not.toBe(utcDay());
    await page.goto(`/patients/${patientId}/assessments/new`);
    await expect(page.getByLabel(/^Date/)).toHaveValue(today);
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    const [year, month, day] = today.split("-").map(Number) as [number, number, number];
    const shown = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
    await expect(page.getByRole("heading", { name: `Assessment of ${shown}` })).toBeVisible();

    // The Activity log names the change and shows its time in the clinic's zone.
    await page.goto("/activity");
    const row = page.getByRole("row").filter({ hasText: "Time zone" });
    await expect(row).toContainText(`UTC → ${target.zone}`);
    await expect(row).toContainText("Review length (min)");
    await expect(row).toContainText(target.shown);
    await expect(page.getByLabel(`From (${target.zone} day)`)).toBeVisible();
  });
});
