import { ACCOUNTS, storageStateFor } from "./fixtures/accounts";
import { createAttendedVisit } from "./fixtures/visit-notes";
import { expect, test } from "./fixtures/roles";
import { ProgressPage } from "./pages/progress-page";
import { VisitNotePage } from "./pages/visit-note-page";
import { formatDate } from "@/lib/core/dates";

test.use({ storageState: storageStateFor("northsideClinician") });

test.describe("visit notes", () => {
  test("a clinician writes a SOAP note of an attended visit, links the day's assessment and program, signs it and adds an addendum", async ({ page }) => {
    const visit = await createAttendedVisit(ACCOUNTS.northsideClinician.email);
    const note = new VisitNotePage(page);
    await note.open(visit.noteUrl);
    await expect(page.getByText(/Treatment visit, .* with Ana Lopez · Attended/)).toBeVisible();

    await note.section("Subjective").fill("Tightness after sprint sessions, 3/10; no night cramps.");
    await note.section("Objective").fill("AKE improved; bridges 4 × 12 with good control.");
    await page.getByLabel(/^Linked assessment/).selectOption({ label: `Assessment of ${formatDate(visit.visitDay)} by Ana Lopez` });
    await note.section("Plan").fill("Progress to single-leg bridges; review next week.");
    await page.getByLabel(/^Linked program version/).selectOption({ label: "Version 2 (subacute / chronic)" });
    await note.saveDraft();

    // Saved as a draft: edits go on at the new version; the signature waits for unsaved text.
    await note.section("Assessment").fill("Progressing as expected; glute endurance limiting.");
    await expect(page.getByText("Save the draft first: you sign the note as it was last saved.")).toBeVisible();
    await note.saveDraft();
    await page.reload();
    await expect(note.section("Assessment")).toHaveValue("Progressing as expected; glute endurance limiting.");
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();

    // Cancel leaves it a draft; confirming signs it, and the note becomes read-only.
    await page.getByRole("button", { name: "Sign…" }).click();
    await page.getByRole("group", { name: "Confirm signature" }).getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
    await note.sign();
    await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: /^Subjective/ })).toHaveCount(0);
    await expect(page.getByText("Progress to single-leg bridges; review next week.")).toBeVisible();
    await expect(page.getByRole("link", { name: `Linked assessment of ${formatDate(visit.visitDay)}` })).toBeVisible();
    await expect(page.getByRole("link", { name: "Linked program version 2 (subacute / chronic)" })).toHaveAttribute("href", `/patients/${visit.patientId}/episodes/${visit.episodeId}/program/versions/2`);

    // An empty addendum is refused at its field; a written one is dated and names its author.
    await page.getByRole("form", { name: "Add an addendum" }).getByRole("button", { name: "Add addendum" }).click();
    await expect(page.getByText("Write the addendum: what you are correcting or adding, and why.")).toBeVisible();
    await note.addAddendum("Correction: pain was 4/10 after the second session, not 3/10.");
    const addenda = page.getByRole("listitem").filter({ hasText: "Correction: pain was 4/10" });
    await expect(addenda).toContainText(/Addendum by Ana Lopez, \d+ \w+ \d{4}, \d\d:\d\d UTC/);

    // The note is on the episode's history and the progress tab's timeline, each linking back.
    await page.goto(`/patients/${visit.patientId}/episodes/${visit.episodeId}`);
    const entry = page.getByRole("region", { name: "Visit notes" }).getByRole("listitem");
    await expect(entry).toContainText("Signed");
    await expect(entry).toContainText("by Ana Lopez");
    await entry.getByRole("link", { name: `Visit note of ${formatDate(visit.visitDay)}` }).click();
    await expect(page).toHaveURL(visit.noteUrl);
    await page.goto(`/patients/${visit.patientId}/progress`);
    await expect(page.getByRole("region", { name: "Visit notes in this period" }).getByRole("link", { name: `${formatDate(visit.visitDay)} (signed)` })).toHaveAttribute("href", visit.noteUrl);
    const timeline = await new ProgressPage(page).showTable("Episode timeline", "Episode timeline events");
    await expect(timeline).toContainText("Visit note (signed)");
  });

  test("a colleague reads another's draft but cannot sign it; an admin reads a signed note without writing; a booked visit takes no note", async ({ asRole }) => {
    const visit = await createAttendedVisit(ACCOUNTS.northsideClinician.email);
    const author = await asRole("northsideClinician");
    const note = new VisitNotePage(author);
    await note.open(visit.noteUrl);
    await note.section("Subjective").fill("Seen by the author.");
    await note.saveDraft();

    const admin = await asRole("northsideAdmin");
    await new VisitNotePage(admin).open(visit.noteUrl);
    await expect(admin.getByText(/^Draft by Ana Lopez, last saved .* Only the author can edit and sign it\.$/)).toBeVisible();
    await expect(admin.getByRole("button", { name: "Sign…" })).toHaveCount(0);
    await expect(admin.getByRole("button", { name: "Save draft" })).toHaveCount(0);

    await note.sign();
    await admin.reload();
    await expect(admin.getByText("Seen by the author.")).toBeVisible();
    await expect(admin.getByRole("form", { name: "Add an addendum" })).toHaveCount(0);

    const booked = await createAttendedVisit(ACCOUNTS.northsideClinician.email, "BOOKED");
    await note.open(booked.noteUrl);
    await expect(author.getByText("A note can be written only for a visit marked attended.")).toBeVisible();
    await expect(author.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  });

  test("from the visit's page a clinician marks a started visit attended and goes on to write its note", async ({ page }) => {
    const visit = await createAttendedVisit(ACCOUNTS.northsideClinician.email, "BOOKED");
    await page.goto(`/appointments/${visit.appointmentId}`);
    await expect(page.getByRole("heading", { name: "Visit note", exact: true })).toHaveCount(0);
    await page.getByRole("button", { name: "Mark attended" }).click();
    await expect(page.getByText("Attended", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark attended" })).toHaveCount(0);
    await page.getByRole("link", { name: "Open the visit note" }).click();
    await expect(page).toHaveURL(visit.noteUrl);
    const note = new VisitNotePage(page);
    await note.section("Subjective").fill("Came in sore after the weekend match.");
    await note.saveDraft();
    await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  });

  test("another clinic's clinician gets a 404 for the note page", async ({ asRole }) => {
    const visit = await createAttendedVisit(ACCOUNTS.northsideClinician.email);
    const outsider = await asRole("harbourClinician");
    const response = await outsider.goto(visit.noteUrl);
    expect(response?.status()).toBe(404);
  });

  test("the caseload lists a draft left unsigned for more than a day: the seeded one of Jordan Lee", async ({ page }) => {
    await page.goto("/dashboard?view=mine");
    const unsigned = page.getByRole("region", { name: "Unsigned visit notes" });
    await expect(unsigned).toContainText("Your drafts started more than 24 hours ago.");
    await unsigned.getByRole("link", { name: /^Lee, Jordan \(N-1001\): visit of / }).click();
    await expect(page.getByRole("heading", { name: "Visit note", level: 2 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  });
});
