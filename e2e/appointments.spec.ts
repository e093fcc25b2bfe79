/**
 * Appointments: a clinician books a visit for a patient of the test's own from the patient's Visits tab
 * (or from the diary, finding the patient by name),
 * moves it, sees a double booking refused with one message naming the clash, and cancels it. A portal
 * patient sees their next visit on the home page (in their own zone, at a phone's width too) and
 * downloads it as an .ics file; nobody else's visit can be downloaded. At a phone's width, a clinician
 * hands a visit to a colleague as another type and lands on their own diary, which names the colleague.
 */
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { addDays } from "@/lib/core/calendar";
import { createPrismaClient } from "@/prisma/factories";
import { ACCOUNTS, unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";

/** A Northside patient of the test's own, with nothing recorded. */
async function newPatient(firstName: string): Promise<{ id: string; name: string }> {
  const db = createPrismaClient();
  try {
    const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
    const suffix = unique();
    const lastName = `Visit${suffix}`;
    const patient = await db.patient.create({
      data: { clinicId: clinic.id, recordNumber: `AP-${suffix}`, firstName, lastName, dateOfBirth: new Date("1991-02-03"), sex: "MALE", searchText: `${firstName.toLowerCase()} ${lastName.toLowerCase()}` },
      select: { id: true },
    });
    return { id: patient.id, name: `${firstName} ${lastName}` };
  } finally {
    await db.$disconnect();
  }
}

async function openBooking(page: Page, patientId: string) {
  await page.goto(`/patients/${patientId}/visits`);
  await expect(page.getByText("No upcoming visits")).toBeVisible();
  await page.getByRole("link", { name: "Book a visit" }).click();
  await expect(page.getByRole("heading", { name: /^Book a visit for /, level: 1 })).toBeVisible();
  await expect(page.getByLabel(/^Starts/)).toBeEnabled();
}

test.describe("appointments", () => {
  test("a clinician books, moves and cancels a visit; a double booking is refused with one message naming the clash", async ({ asRole }) => {
    test.slow();
    const [first, second] = await Promise.all([newPatient("Avery"), newPatient("Blake")]);
    // A day far ahead, at an hour the demo seed never books (it books 09:00–15:30), in the clinic's zone (UTC).
    const day = addDays(new Date().toISOString().slice(0, 10), 300 + Math.floor(Math.random() * 60));
    const page = await asRole("northsideClinician");

    await openBooking(page, first.id);
    await page.getByLabel(/^Type of visit/).selectOption("ASSESSMENT");
    await expect(page.getByLabel(/^Length \(minutes\)/)).toHaveValue("60");
    await page.getByLabel(/^Starts/).fill(`${day}T07:00`);
    await page.getByRole("button", { name: "Book visit" }).click();
    await expect(page.getByText("Visit booked.")).toBeVisible();
    await expect(page.getByRole("heading", { name: `Assessment visit: ${first.name}` })).toBeVisible();
    await expect(page.getByText(/, 07:00–08:00 UTC$/)).toBeVisible();

    // Move: an hour later, 45 minutes, with a reason.
    await page.getByLabel(/^Start/).fill(`${day}T08:00`);
    await page.getByLabel(/^Length \(minutes\)/).fill("45");
    await page.getByLabel(/^Reason for the change/).fill("The patient asked for later");
    await page.getByRole("button", { name: "Change visit" }).click();
    await expect(page.getByText("Visit changed.")).toBeVisible();
    await expect(page.getByText(/, 08:00–08:45 UTC$/)).toBeVisible();
    await expect(page.getByText("The patient asked for later")).toBeVisible();
    const visitUrl = page.url().replace(/\?.*$/, "");

    // Another patient in the same slot: refused on the start, naming the visit in the way; nothing stored.
    await openBooking(page, second.id);
    await page.getByLabel(/^Starts/).fill(`${day}T08:30`);
    await page.getByRole("button", { name: "Book visit" }).click();
    const start = page.getByLabel(/^Starts/);
    await expect(start).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(new RegExp(`^${ACCOUNTS.northsideClinician.name} is already booked then: an assessment visit on .+, 08:00–08:45 UTC\\. Choose another time\\.$`))).toBeVisible();
    await page.goto(`/patients/${second.id}/visits`);
    await expect(page.getByText("No upcoming visits")).toBeVisible();

    // Cancel with a reason: the visit stays listed as cancelled, and its slot is free again.
    await page.goto(visitUrl);
    await page.getByLabel(/^Reason for cancelling/).fill("Patient unwell");
    await page.getByRole("button", { name: "Cancel visit" }).click();
    await expect(page.getByText("Visit cancelled.")).toBeVisible();
    await expect(page.getByText("Patient unwell")).toBeVisible();
    await expect(page.getByRole("button", { name: "Change visit" })).toHaveCount(0);
    await page.goto(`/patients/${first.id}/visits`);
    await expect(page.getByRole("table", { name: "Upcoming visits" }).getByText("Cancelled")).toBeVisible();

    await openBooking(page, second.id);
    await page.getByLabel(/^Starts/).fill(`${day}T08:30`);
    await page.getByRole("button", { name: "Book visit" }).click();
    await expect(page.getByText("Visit booked.")).toBeVisible();

    // The clinician's week shows it, at a phone's width without sideways scrolling.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`/appointments?view=week&date=${day}`);
    await expect(page.getByRole("link", { name: second.name })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test("a clinician books from the diary: finds the patient by name, at a phone's width, and books for the one chosen", async ({ asRole }) => {
    const patient = await newPatient("Casey");
    const page = await asRole("northsideClinician");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/appointments");
    await page.getByRole("link", { name: "Book a visit" }).click();
    await expect(page.getByRole("heading", { name: "Book a visit", level: 1 })).toBeVisible();

    const search = page.getByLabel("Patient's name or record number");
    await search.fill(`Nobody${unique()}`);
    await search.press("Enter");
    await expect(page.getByRole("status")).toContainText("No active patient matches");

    const lastName = patient.name.split(" ")[1]!;
    await search.fill(lastName.toLowerCase());
    await page.getByRole("button", { name: "Find" }).click();
    await expect(page.getByRole("heading", { name: "1 match" })).toBeVisible();
    await page.getByRole("link", { name: `Book for ${lastName}, Casey` }).click();
    await expect(page.getByRole("heading", { name: `Book a visit for ${patient.name}`, level: 1 })).toBeVisible();
    await expect(page.getByLabel(/^Starts/)).toBeEnabled();
  });

  test("another clinic's patient cannot be booked and a clinician cannot open a colleague's diary: real 404s; an admin can", async ({ asRole }) => {
    const db = createPrismaClient();
    const { harbourPatient, colleague } = await (async () => {
      try {
        const harbour = await db.patient.findFirstOrThrow({ where: { clinic: { name: "Harbour Sports Clinic" } }, select: { id: true } });
        const ben = await db.user.findUniqueOrThrow({ where: { email: "ben.okafor@northside.example" }, select: { id: true, name: true } });
        return { harbourPatient: harbour.id, colleague: ben };
      } finally {
        await db.$disconnect();
      }
    })();
    const clinician = await asRole("northsideClinician");
    expect((await clinician.request.get(`/appointments/new?patient=${harbourPatient}`, { maxRedirects: 0 })).status()).toBe(404);
    expect((await clinician.request.get(`/appointments?clinician=${colleague.id}`, { maxRedirects: 0 })).status()).toBe(404);
    const admin = await asRole("northsideAdmin");
    await admin.goto(`/appointments?view=week&clinician=${colleague.id}`);
    await expect(admin.getByText(`${colleague.name}'s diary`)).toBeVisible();
    await expect(admin.getByLabel("Clinician")).toHaveValue(colleague.id);
  });

  test("at 375 px, a clinician hands a visit to a colleague as a review and lands on their own diary, which names the colleague", async ({ asRole }) => {
    const patient = await newPatient("Drew");
    // Far ahead, before the demo seed's hours, so neither diary has anything then.
    const day = addDays(new Date().toISOString().slice(0, 10), 400 + Math.floor(Math.random() * 60));
    const db = createPrismaClient();
    const { visitId, ownId, colleague } = await (async () => {
      try {
        const own = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.northsideClinician.email }, select: { id: true, clinicId: true } });
        const ben = await db.user.findUniqueOrThrow({ where: { email: "ben.okafor@northside.example" }, select: { id: true, name: true } });
        const visit = await db.appointment.create({
          data: { clinicId: own.clinicId!, patientId: patient.id, clinicianId: own.id, bookedById: own.id, type: "TREATMENT", startsAt: new Date(`${day}T06:00:00Z`), endsAt: new Date(`${day}T06:45:00Z`), requestId: crypto.randomUUID() },
          select: { id: true },
        });
        return { visitId: visit.id, ownId: own.id, colleague: ben };
      } finally {
        await db.$disconnect();
      }
    })();
    const page = await asRole("northsideClinician", { viewport: { width: 375, height: 812 } });
    await page.goto(`/appointments/${visitId}`);
    const form = page.getByRole("form", { name: "Change the visit" });
    await expect(form.getByLabel(/^Clinician/)).toHaveValue(ownId);
    await expect(form.getByLabel(/^Type of visit/)).toHaveValue("TREATMENT");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // Nothing changed yet: refused on the start, naming every field that could change.
    await form.getByLabel(/^Reason for the change/).fill("Away at a course that morning");
    await form.getByRole("button", { name: "Change visit" }).click();
    await expect(form.getByText("That is the visit as it is now: change its start, length, clinician or type.")).toBeVisible();

    // By keyboard: choose the colleague and the type, then submit with Enter on the button.
    await form.getByLabel(/^Clinician/).selectOption({ label: colleague.name });
    await form.getByLabel(/^Type of visit/).selectOption("REVIEW");
    await form.getByRole("button", { name: "Change visit" }).focus();
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(new RegExp(`/appointments\\?date=${day}&handedTo=${colleague.id}$`));
    await expect(page.getByRole("status").filter({ hasText: `Visit handed to ${colleague.name}: it is in their diary now.` })).toBeVisible();
    await expect(page.getByText(`${ACCOUNTS.northsideClinician.name}'s diary`)).toBeVisible();
    await expect(page.getByRole("link", { name: patient.name })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousViolations(page);
    // The visit is no longer theirs to open.
    expect((await page.request.get(`/appointments/${visitId}`, { maxRedirects: 0 })).status()).toBe(404);

    // An admin sees it in the colleague's diary, as a review with the reason.
    const admin = await asRole("northsideAdmin");
    await admin.goto(`/appointments/${visitId}`);
    await expect(admin.getByRole("heading", { name: `Review visit: ${patient.name}`, level: 1 })).toBeVisible();
    await expect(admin.getByText(`${colleague.name}'s diary that day`)).toBeVisible();
    await expect(admin.getByText("Away at a course that morning")).toBeVisible();
  });

  test("a patient's past visits come 50 at a time, latest first, with links to older and newer ones", async ({ asRole }) => {
    const patient = await newPatient("Harper");
    // 51 attended visits on consecutive days long before the demo's, at an hour it never books.
    const firstDay = Date.UTC(2022, 0, 1, 6) - Math.floor(Math.random() * 900) * 86_400_000;
    const starts = Array.from({ length: 51 }, (_, i) => new Date(firstDay + i * 86_400_000));
    const db = createPrismaClient();
    try {
      const clinician = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.northsideClinician.email }, select: { id: true, clinicId: true } });
      await db.appointment.createMany({
        data: starts.map((startsAt) => ({
          ...{ clinicId: clinician.clinicId, patientId: patient.id, clinicianId: clinician.id, bookedById: clinician.id },
          ...{ type: "TREATMENT" as const, status: "ATTENDED" as const, startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000), requestId: randomUUID() },
        })),
      });
    } finally {
      await db.$disconnect();
    }
    const page = await asRole("northsideClinician");
    await page.goto(`/patients/${patient.id}/visits`);
    const past = page.getByRole("table", { name: "Past visits" });
    await expect(page.getByText("Past visits 1–50 of 51, latest first")).toBeVisible();
    await expect(past.getByRole("row")).toHaveCount(51);
    await expectNoSeriousViolations(page);

    await page.getByRole("link", { name: "Older visits" }).click();
    await expect(page).toHaveURL(/\/visits\?past=2$/);
    await expect(page.getByText("Past visit 51 of 51, latest first")).toBeVisible();
    // The oldest visit alone on the second page (a header row and its row).
    await expect(past.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Older visits" })).toHaveCount(0);
    await page.getByRole("link", { name: "Newer visits" }).click();
    await expect(page.getByText("Past visits 1–50 of 51, latest first")).toBeVisible();
  });

  test("a patient sees the next visit on the portal home at 375 px and downloads it as an .ics; nobody else's", async ({ asRole }) => {
    const db = createPrismaClient();
    const [next, othersVisit] = await (async () => {
      try {
        const jordan = await db.patient.findFirstOrThrow({ where: { portalUser: { email: ACCOUNTS.northsidePatient.email } }, select: { id: true } });
        const own = await db.appointment.findFirstOrThrow({
          where: { patientId: jordan.id, status: "BOOKED", endsAt: { gt: new Date() } },
          select: { id: true, startsAt: true, endsAt: true },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        });
        const other = await db.appointment.findFirstOrThrow({ where: { patientId: { not: jordan.id }, status: "BOOKED" }, select: { id: true } });
        return [own, other] as const;
      } finally {
        await db.$disconnect();
      }
    })();
    const page = await asRole("northsidePatient", { viewport: { width: 375, height: 812 }, timezoneId: "Australia/Brisbane" });
    await page.goto("/portal");
    // The portal learns the browser's zone (a cookie) and renders again in it.
    const card = page.getByRole("region", { name: "Your next visit" });
    const brisbaneDay = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "Australia/Brisbane" }).format(next.startsAt).replace(",", "");
    await expect(card.getByText(brisbaneDay)).toBeVisible();
    await expect(card.getByText(/GMT\+10$/)).toBeVisible();
    const button = card.getByRole("link", { name: "Add to calendar" });
    const box = (await button.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    const utc = (date: Date) => date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    expect(text).toContain("SUMMARY:Visit at Northside Physio");
    expect(text).toContain(`DTSTART:${utc(next.startsAt)}`);
    expect(text).toContain(`DTEND:${utc(next.endsAt)}`);
    expect(text).not.toMatch(/Assessment|Treatment|Review|Telehealth|DESCRIPTION/);

    // Another patient's visit, a random id and a clinician asking: the same 404.
    expect((await page.request.get(`/portal/visits/${othersVisit.id}/ics`)).status()).toBe(404);
    expect((await page.request.get(`/portal/visits/${crypto.randomUUID()}/ics`)).status()).toBe(404);
    const clinician = await asRole("northsideClinician");
    expect((await clinician.request.get(`/portal/visits/${next.id}/ics`)).status()).toBe(404);
  });
});
