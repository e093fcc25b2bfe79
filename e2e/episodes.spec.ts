import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, unique } from "./fixtures/accounts";
import { AssessmentFormPage } from "./pages/assessment-form-page";
import { PatientFormPage } from "./pages/patient-form-page";

test.use({ storageState: storageStateFor("northsideClinician") });

async function openEpisode(page: Page) {
  const suffix = unique();
  const patientUrl = await new PatientFormPage(page).register({
    firstName: "Emery",
    lastName: `Episode${suffix}`,
    dateOfBirth: "1998-02-11",
    recordNumber: `EP-${suffix}`,
  });
  await page.goto(patientUrl.replace(/assessments$/, "episodes"));
  await expect(page.getByText("No episode of care yet")).toBeVisible();
  await page.getByRole("link", { name: "Open episode" }).click();
  await page.getByLabel("Diagnosis").fill("Right hamstring strain");
  await page.getByLabel("ICD-10 code").fill("s76.3");
  await page.getByLabel("Onset date").fill("2026-11-01");
  await page.getByRole("button", { name: "Open episode" }).click();
  await page.waitForURL(/\/episodes\/[0-9a-f-]{36}$/);
  return { patientUrl, episodeUrl: page.url() };
}

const history = (page: Page) => page.getByRole("table", { name: "Phase history" });

test.describe("episodes of care", () => {
  test("an episode opens in the acute phase with its gate checklist, and moves forward and back", async ({ page }) => {
    const { patientUrl, episodeUrl } = await openEpisode(page);
    await expect(page.getByRole("heading", { name: "Right hamstring strain" })).toBeVisible();
    await expect(page.getByText("ICD-10 S76.3")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ready to leave acute / protection?" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "At least day 5 after injury" })).toContainText("Met");
    await expect(page.getByRole("listitem").filter({ hasText: "Pain-free resisted knee flexion" })).toContainText("Not recorded");

    // A linked assessment with pain on resisted knee flexion turns that criterion to "not met".
    await page.getByRole("link", { name: "New assessment" }).click();
    const form = new AssessmentFormPage(page);
    await form.choose("Right knee flexion (MMT)", "4");
    await page.getByLabel("Right knee flexion (MMT): pain on testing").check();
    await form.saveAndOpen();
    await page.goto(episodeUrl);
    await expect(page.getByRole("listitem").filter({ hasText: "Pain-free resisted knee flexion" })).toContainText("Not met");

    await page.getByRole("button", { name: "Move to subacute / chronic" }).click();
    await expect(page.getByRole("heading", { name: "Ready to leave subacute / chronic?" })).toBeVisible();
    await expect(history(page).locator("tbody tr").first()).toContainText("Acute / protection → Subacute / chronic");

    await page.getByRole("button", { name: "Step back to acute / protection" }).click();
    await expect(page.getByText("Say why the patient is stepping back, e.g. a flare-up.")).toBeVisible();
    await page.getByLabel(/Note for the phase history/).fill("Flare-up after a sprint session");
    await page.getByRole("button", { name: "Step back to acute / protection" }).click();
    await expect(history(page).locator("tbody tr").first()).toContainText("Flare-up after a sprint session");
    await expect(page.getByRole("heading", { name: "Ready to leave acute / protection?" })).toBeVisible();

    await page.goto(patientUrl.replace(/assessments$/, "episodes"));
    await expect(page.getByRole("listitem").filter({ hasText: "Right hamstring strain" })).toContainText("Acute / protection");
  });

  test("another clinic's clinician gets 404 on the episode", async ({ page, browser }) => {
    const { episodeUrl } = await openEpisode(page);
    const harbour = await (await browser.newContext({ storageState: storageStateFor("harbourClinician") })).newPage();
    const response = await harbour.goto(episodeUrl);
    expect(response?.status()).toBe(404);
  });
});
