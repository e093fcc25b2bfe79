/**
 * axe (WCAG 2.1 A and AA, no serious or critical violation) on every page of the app/ tree, as the
 * visitor who uses it, with the demo clinic's real records: Jordan Lee's episode, program, assessments
 * and LEFS, a clinic exercise, and a patient of the test's own with nothing recorded (the empty states).
 * The pages are read from app/ (fixtures/app-routes), so a new page fails this spec until it has a visit.
 */
import type { Page } from "@playwright/test";
import { createPrismaClient } from "@/prisma/factories";
import { ACCOUNTS, unique, type AccountKey } from "./fixtures/accounts";
import { appRoutes } from "./fixtures/app-routes";
import { seriousViolations } from "./fixtures/axe";
import { insertExerciseReminder, insertInvitation, patientWithoutPortalAccount, visitReminderToken } from "./fixtures/database";
import { expect, test } from "./fixtures/roles";
import { createAttendedVisit } from "./fixtures/visit-notes";

type Ids = {
  patientId: string;
  episodeId: string;
  assessmentId: string;
  secondAssessment: string;
  questionnaireId: string;
  exerciseId: string;
  /** A Northside patient with no assessment, episode, log or questionnaire. */
  emptyPatientId: string;
  /** A visit in the Northside clinician's own diary (the seed books them from today on). */
  appointmentId: string;
  /** Jordan Lee's signed visit note with an addendum (prisma/seed-visit-notes.ts). */
  signedNoteUrl: string;
};

/** One look at a page: who opens it, where, the heading that says its content is there, and more states to check after. */
type Visit = {
  as: AccountKey | null;
  url: (ids: Ids) => string | Promise<string>;
  heading: string | RegExp;
  state?: string;
  then?: (page: Page, check: (state: string) => Promise<void>) => Promise<void>;
};

const patient = (ids: Ids, rest = "") => `/patients/${ids.patientId}${rest}`;
const episode = (ids: Ids, rest = "") => patient(ids, `/episodes/${ids.episodeId}${rest}`);
const empty = (ids: Ids, rest: string) => `/patients/${ids.emptyPatientId}${rest}`;

const VISITS: Record<string, Visit[]> = {
  "/": [{ as: null, url: () => "/", heading: "Sign in" }],
  "/login": [
    {
      as: null,
      url: () => "/login",
      heading: "Sign in",
      then: async (page, check) => {
        await page.getByLabel("E-mail").fill("nobody@northside.example");
        await page.getByLabel("Password").fill("not-the-password");
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page.getByText(/do not match an account/)).toBeVisible();
        await check("with a refused sign-in");
      },
    },
  ],
  "/invite/[token]": [
    {
      as: null,
      url: async () => `/invite/${await insertInvitation(await patientWithoutPortalAccount("Northside Physio"), `a11y-${unique().toLowerCase()}@patient.example`)}`,
      heading: "Set your password",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Set password" }).click();
        await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
        await check("with its errors");
      },
    },
    { as: null, url: () => `/invite/${"x".repeat(43)}`, heading: "This link can't be used", state: "an unusable link" },
  ],
  "/set-password/[token]": [{ as: null, url: () => `/set-password/${"x".repeat(43)}`, heading: "This link can't be used", state: "an unusable link" }],
  "/unsubscribe/[token]": [
    {
      as: null,
      url: async (ids) => `/unsubscribe/${await insertExerciseReminder(ids.emptyPatientId)}`,
      heading: "Stop the daily reminder?",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Stop the reminder" }).click();
        await expect(page.getByRole("heading", { name: "The daily reminder is off" })).toBeVisible();
        await check("after stopping it");
      },
    },
    {
      as: null,
      url: (ids) => `/unsubscribe/${visitReminderToken(ids.emptyPatientId)}`,
      heading: "Stop visit reminders?",
      state: "a visit reminder's link",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Stop visit reminders" }).click();
        await expect(page.getByRole("heading", { name: "Visit reminders are off" })).toBeVisible();
        await check("after stopping visit reminders");
      },
    },
    { as: null, url: () => `/unsubscribe/${"x".repeat(43)}`, heading: "This link can't be used", state: "an unusable link" },
  ],
  "/account": [{ as: "northsideClinician", url: () => "/account", heading: "Account" }],
  "/dashboard": [{ as: "northsideClinician", url: () => "/dashboard", heading: "Caseload" }],
  "/exercises": [
    { as: "northsideClinician", url: () => "/exercises", heading: "Exercise library" },
    { as: "northsideAdmin", url: () => "/exercises", heading: "Exercise library", state: "an admin's, with edit links" },
  ],
  "/exercises/new": [
    {
      as: "northsideAdmin",
      url: () => "/exercises/new",
      heading: "Add exercise",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Add exercise" }).click();
        await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
        await check("with its errors");
      },
    },
  ],
  "/exercises/[exerciseId]/edit": [{ as: "northsideAdmin", url: (ids) => `/exercises/${ids.exerciseId}/edit`, heading: /^Edit / }],
  "/patients": [
    {
      as: "northsideClinician",
      url: () => "/patients",
      heading: "Patients",
      then: async (page, check) => {
        await page.getByLabel("Search patients").fill("zz-nobody-by-this-name");
        await page.getByLabel("Search patients").press("Enter");
        await expect(page.getByRole("table", { name: "Patients" }).locator("tbody tr")).toHaveCount(0);
        await check("with no match");
      },
    },
  ],
  "/patients/new": [
    {
      as: "northsideClinician",
      url: () => "/patients/new",
      heading: "Register patient",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Register patient" }).click();
        await expect(page.locator("[aria-invalid=true]").first()).toBeVisible();
        await check("with its errors");
      },
    },
  ],
  "/patients/[patientId]": [{ as: "northsideClinician", url: (ids) => patient(ids), heading: "Assessments" }],
  "/patients/[patientId]/edit": [{ as: "northsideClinician", url: (ids) => patient(ids, "/edit"), heading: "Edit details" }],
  "/patients/[patientId]/diary": [
    { as: "northsideClinician", url: (ids) => patient(ids, "/diary"), heading: "Diary" },
    { as: "northsideClinician", url: (ids) => empty(ids, "/diary"), heading: "Diary", state: "empty" },
  ],
  "/patients/[patientId]/progress": [
    { as: "northsideClinician", url: (ids) => patient(ids, "/progress"), heading: "Progress" },
    { as: "northsideClinician", url: (ids) => empty(ids, "/progress"), heading: "Progress", state: "empty" },
  ],
  "/patients/[patientId]/assessments": [
    { as: "northsideClinician", url: (ids) => patient(ids, "/assessments"), heading: "Assessments" },
    { as: "northsideClinician", url: (ids) => empty(ids, "/assessments"), heading: "Assessments", state: "empty" },
  ],
  "/patients/[patientId]/assessments/new": [
    {
      as: "northsideClinician",
      url: (ids) => patient(ids, "/assessments/new"),
      heading: "New assessment",
      then: async (page, check) => {
        await page.getByLabel("Right AKE", { exact: true }).fill("999");
        await page.getByRole("button", { name: "Save assessment" }).click();
        await expect(page.getByText(/Some values need fixing/)).toBeVisible();
        await check("with an out-of-range value");
      },
    },
  ],
  "/patients/[patientId]/assessments/compare": [
    { as: "northsideClinician", url: (ids) => patient(ids, `/assessments/compare?a=${ids.assessmentId}&b=${ids.secondAssessment}`), heading: / compared with / },
  ],
  "/patients/[patientId]/assessments/[assessmentId]": [
    { as: "northsideClinician", url: (ids) => patient(ids, `/assessments/${ids.secondAssessment}`), heading: /^Assessment of / },
  ],
  "/patients/[patientId]/assessments/[assessmentId]/edit": [
    { as: "northsideClinician", url: (ids) => patient(ids, `/assessments/${ids.assessmentId}/edit`), heading: /^Correct the assessment of / },
  ],
  "/patients/[patientId]/episodes": [
    { as: "northsideClinician", url: (ids) => patient(ids, "/episodes"), heading: "Episodes of care" },
    { as: "northsideClinician", url: (ids) => empty(ids, "/episodes"), heading: "Episodes of care", state: "empty" },
  ],
  "/patients/[patientId]/episodes/new": [{ as: "northsideClinician", url: (ids) => patient(ids, "/episodes/new"), heading: "Open an episode of care" }],
  "/patients/[patientId]/visits/[appointmentId]/note": [
    { as: "northsideClinician", url: (ids) => ids.signedNoteUrl, heading: "Addenda", state: "signed, with an addendum and the addendum form" },
    { as: "northsideAdmin", url: (ids) => ids.signedNoteUrl, heading: "Addenda", state: "signed, read by an admin" },
    {
      as: "northsideClinician",
      url: async () => (await createAttendedVisit(ACCOUNTS.northsideClinician.email)).noteUrl,
      heading: "Visit note",
      state: "a new draft",
      then: async (page, check) => {
        await page.getByLabel(/^Subjective/).fill("Sore after training.");
        await page.getByRole("button", { name: "Save draft" }).click();
        await page.getByRole("button", { name: "Sign…" }).click();
        await expect(page.getByRole("group", { name: "Confirm signature" })).toBeVisible();
        await check("saved, with the signature's confirmation");
      },
    },
  ],
  "/patients/[patientId]/episodes/[episodeId]": [{ as: "northsideClinician", url: (ids) => episode(ids), heading: /./, state: "with its gate checklist and phase controls" }],
  "/patients/[patientId]/episodes/[episodeId]/program": [
    {
      as: "northsideClinician",
      url: (ids) => episode(ids, "/program"),
      heading: "Exercise program",
      then: async (page, check) => {
        // An exercise the phase does not allow brings its reason field; saving without it shows the error.
        const picker = page.getByLabel("Add an exercise");
        const forbidden = picker.locator("optgroup").nth(1).locator("option");
        if ((await forbidden.count()) === 0) return;
        await picker.selectOption((await forbidden.first().getAttribute("value"))!);
        await page.getByRole("button", { name: "Add", exact: true }).click();
        await expect(page.getByLabel(/^Reason to prescribe /).first()).toBeVisible();
        await check("with an exercise the phase does not allow");
      },
    },
  ],
  "/patients/[patientId]/episodes/[episodeId]/program/print": [{ as: "northsideClinician", url: (ids) => episode(ids, "/program/print"), heading: /^Exercise program for / }],
  "/patients/[patientId]/episodes/[episodeId]/program/versions/[version]": [{ as: "northsideClinician", url: (ids) => episode(ids, "/program/versions/1"), heading: "Version 1" }],
  "/patients/[patientId]/visits": [
    { as: "northsideClinician", url: (ids) => patient(ids, "/visits"), heading: "Visits" },
    { as: "northsideClinician", url: (ids) => empty(ids, "/visits"), heading: "Visits", state: "empty" },
  ],
  "/appointments": [
    { as: "northsideClinician", url: () => "/appointments?view=week", heading: "Appointments", state: "a clinician's own week" },
    { as: "northsideAdmin", url: () => "/appointments", heading: "Appointments", state: "an admin's day, with the clinician picker" },
  ],
  "/appointments/new": [
    {
      as: "northsideClinician",
      url: (ids) => `/appointments/new?patient=${ids.patientId}`,
      heading: /^Book a visit for /,
      // Errors from the form's own check: nothing reaches the server.
      then: async (page, check) => {
        await page.getByLabel(/^Length \(minutes\)/).fill("7");
        await page.getByRole("button", { name: "Book visit" }).click();
        await expect(page.getByText(/steps of 5/)).toBeVisible();
        await check("with its errors");
      },
    },
    { as: "northsideClinician", url: () => "/appointments/new", heading: "Book a visit", state: "with no patient chosen" },
    { as: "northsideClinician", url: () => "/appointments/new?q=a", heading: "Book a visit", state: "with patients found" },
    { as: "northsideClinician", url: () => "/appointments/new?q=zzzzqq", heading: "Book a visit", state: "with no patient found" },
  ],
  "/appointments/[appointmentId]": [
    {
      as: "northsideClinician",
      url: (ids) => `/appointments/${ids.appointmentId}`,
      heading: / visit: /,
      // The change form's own check refuses a change with no reason: nothing reaches the server.
      then: async (page, check) => {
        await page.getByRole("button", { name: "Change visit" }).click();
        await expect(page.getByText(/^Say why the visit changes/)).toBeVisible();
        await check("with the change form's errors");
      },
    },
  ],
  "/staff": [{ as: "northsideAdmin", url: () => "/staff", heading: "Staff" }],
  "/activity": [{ as: "northsideAdmin", url: () => "/activity", heading: "Activity" }],
  "/api-keys": [{ as: "northsideAdmin", url: () => "/api-keys", heading: "API keys" }],
  "/mail": [
    { as: "northsideAdmin", url: () => "/mail", heading: "E-mail" },
    { as: "northsideAdmin", url: () => "/mail?state=sent", heading: "E-mail", state: "another state" },
  ],
  "/settings": [
    {
      as: "northsideAdmin",
      url: () => "/settings",
      heading: "Clinic settings",
      // Errors shown by the form's own check: nothing reaches the server, so the demo clinic stays as it is.
      then: async (page, check) => {
        await page.getByLabel(/^Clinic name/).fill("");
        await page.getByLabel(/^Review \(minutes\)/).fill("7");
        await page.getByRole("button", { name: "Save settings" }).click();
        await expect(page.getByText("Enter the clinic's name.")).toBeVisible();
        await check("with its errors");
      },
    },
  ],
  "/templates": [
    {
      as: "northsideAdmin",
      url: () => "/templates",
      heading: "Program templates",
      then: async (page, check) => {
        await page.getByRole("button", { name: "Save template" }).click();
        await expect(page.locator("[aria-invalid=true]").or(page.getByRole("alert").filter({ hasText: /\w/ })).first()).toBeVisible();
        await check("with its errors");
      },
    },
  ],
  "/portal": [
    { as: "northsidePatient", url: () => "/portal", heading: /^Hello/ },
    { as: "acutePatient", url: () => "/portal", heading: /^Hello/, state: "in the acute phase, with a session logged" },
  ],
  "/portal/account": [{ as: "northsidePatient", url: () => "/portal/account", heading: "Account" }],
  "/portal/cramps": [{ as: "northsidePatient", url: () => "/portal/cramps", heading: "Cramp diary" }],
  "/portal/progress": [{ as: "northsidePatient", url: () => "/portal/progress", heading: "Your progress" }],
  "/portal/my-data": [{ as: "northsidePatient", url: () => "/portal/my-data", heading: "My data" }],
  "/portal/questionnaires": [{ as: "northsidePatient", url: () => "/portal/questionnaires", heading: "Questionnaires" }],
  "/portal/questionnaires/[questionnaireId]": [
    { as: "northsidePatient", url: (ids) => `/portal/questionnaires/${ids.questionnaireId}`, heading: "Lower Extremity Functional Scale" },
  ],
};

/** Waits for the page's own heading and for every loading skeleton to give way to content. */
async function waitForContent(page: Page, heading: string | RegExp) {
  await expect(page.getByRole("main").or(page.locator("body")).getByRole("heading", { name: heading }).first()).toBeVisible();
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
}

test.describe("axe on every page", () => {
  const routes = appRoutes();
  let ids: Ids;

  test.beforeAll(async () => {
    const db = createPrismaClient();
    try {
      const jordan = await db.patient.findFirstOrThrow({ where: { portalUser: { email: ACCOUNTS.northsidePatient.email } }, select: { id: true, clinicId: true } });
      const withProgram = await db.episode.findFirstOrThrow({ where: { patientId: jordan.id, programs: { some: {} } }, select: { id: true } });
      const assessments = await db.assessment.findMany({ where: { patientId: jordan.id }, select: { id: true }, take: 2, orderBy: { assessedOn: "asc" } });
      const questionnaire = await db.lefsQuestionnaire.findFirstOrThrow({ where: { patientId: jordan.id }, select: { id: true } });
      const exercise = await db.clinicExercise.findFirstOrThrow({ where: { clinicId: jordan.clinicId }, select: { id: true } });
      const appointment = await db.appointment.findFirstOrThrow({ where: { clinician: { email: ACCOUNTS.northsideClinician.email }, status: "BOOKED" }, select: { id: true } });
      const signedNote = await db.visitNote.findFirstOrThrow({ where: { patientId: jordan.id, status: "SIGNED", addenda: { some: {} } }, select: { appointmentId: true } });
      const suffix = unique();
      const emptyPatient = await db.patient.create({
        data: {
          clinicId: jordan.clinicId,
          recordNumber: `A11Y-${suffix}`,
          firstName: "Quinn",
          lastName: `Empty${suffix}`,
          dateOfBirth: new Date("1990-05-05"),
          sex: "FEMALE",
          searchText: `quinn empty${suffix.toLowerCase()} a11y-${suffix.toLowerCase()}`,
        },
        select: { id: true },
      });
      ids = {
        patientId: jordan.id,
        episodeId: withProgram.id,
        assessmentId: assessments[0]!.id,
        secondAssessment: assessments[1]!.id,
        questionnaireId: questionnaire.id,
        exerciseId: exercise.id,
        emptyPatientId: emptyPatient.id,
        appointmentId: appointment.id,
        signedNoteUrl: `/patients/${jordan.id}/visits/${signedNote.appointmentId}/note`,
      };
    } finally {
      await db.$disconnect();
    }
  });

  test("has a visit for every page of the app/ tree", () => {
    expect(routes.filter((route) => !(route in VISITS)), "pages without an axe visit").toEqual([]);
    expect(Object.keys(VISITS).filter((route) => !routes.includes(route)), "visits of pages that are gone").toEqual([]);
  });

  for (const [route, visits] of Object.entries(VISITS)) {
    test(route, async ({ asRole }) => {
      for (const visit of visits) {
        const page = await asRole(visit.as);
        const url = await visit.url(ids);
        const label = `${route} as ${visit.as ?? "signed out"}${visit.state ? `, ${visit.state}` : ""}`;
        const check = async (state: string) => expect.soft(await seriousViolations(page), `${label}, ${state}`).toEqual([]);
        const response = await page.goto(url);
        expect(response?.status(), `${label} opens`).toBe(200);
        await waitForContent(page, visit.heading);
        expect.soft(await seriousViolations(page), label).toEqual([]);
        // The portal is built for a phone: its pages are checked at a phone's width too.
        if (route.startsWith("/portal")) {
          await page.setViewportSize({ width: 375, height: 812 });
          await check("on a phone");
        }
        if (visit.then) await visit.then(page, check);
        await page.close();
      }
    });
  }
});
