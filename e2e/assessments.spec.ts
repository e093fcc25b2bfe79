import { expect, test } from "./fixtures/roles";
import type { Page } from "@playwright/test";
import { storageStateFor, unique } from "./fixtures/accounts";
import { AssessmentFormPage } from "./pages/assessment-form-page";
import { PatientFormPage } from "./pages/patient-form-page";

test.use({ storageState: storageStateFor("northsideClinician") });

/** Each test assesses a patient of its own, so no test depends on another's data. */
async function newPatient(page: Page) {
  const suffix = unique();
  return new PatientFormPage(page).register({
    firstName: "Avery",
    lastName: `Assessed${suffix}`,
    dateOfBirth: "1995-04-20",
    recordNumber: `A-${suffix}`,
  });
}

const findings = (page: Page) => page.getByRole("region", { name: "Findings" });
const changes = (page: Page) => page.getByRole("region", { name: /Change since the previous assessment/ });

test.describe("assessments", () => {
  test("an assessment with a 22 mm leg-length difference, right AKE 34° and hip abduction 3+/5 shows the three findings", async ({ page }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    // The angle convention and the impairment rule are read out with the AKE inputs.
    await expect(page.getByLabel("Right AKE", { exact: true })).toHaveAccessibleDescription(
      "Enter the knee flexion that remains: 0° = full extension, larger = tighter. Impaired: More than 20° short of full extension [S56].",
    );
    await form.value("Right AKE", "34");
    await form.choose("Left hip abduction (MMT)", "3+");
    await form.value("Left true leg length", "88.0");
    await form.value("Right true leg length", "90.2");
    await form.choose("Method for true leg length", "Block test");
    await form.saveAndOpen();

    await expect(findings(page).getByText("Right hamstring flexibility: AKE 34°, more than 20° short of full extension")).toBeVisible();
    await expect(findings(page).getByText("Left hip abductor (gluteus medius) weakness: MMT 3+/5, grade 4 or below")).toBeVisible();
    await expect(findings(page).getByText("Leg-length difference 22 mm, left shorter: clinically relevant")).toBeVisible();
    await expect(page.getByRole("row", { name: /True leg-length difference \(derived\)/ })).toContainText("22 mm, left shorter");

    await page.getByRole("link", { name: "Assessments", exact: true }).click();
    await expect(page.getByRole("table", { name: "Assessments" }).locator("tbody tr")).toHaveCount(1);
    await expect(page.getByRole("table", { name: "Assessments" }).locator("tbody tr").first()).toContainText("Ana Lopez");
  });

  test("an out-of-range value shows its range and nothing is saved", async ({ page }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    await form.value("Right AKE", "95");
    await form.value("Left true leg length", "20");
    await form.save();

    await expect(page.getByText("Right AKE must be between 0 and 90°.")).toBeVisible();
    await expect(page.getByText("Left true leg length must be between 50 and 120 cm.")).toBeVisible();
    await expect(page.getByLabel("Right AKE", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/assessments\/new$/);

    await page.goto(patientUrl);
    await expect(page.getByText("No assessments yet")).toBeVisible();
  });

  test("a change smaller than the MDC reads 'within measurement error', a larger one 'real', and two can be compared", async ({ page }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    await page.getByLabel("Date").fill("2026-10-01");
    await form.value("Right AKE", "34");
    await form.value("Left SLR", "60");
    await form.saveAndOpen();
    await expect(changes(page)).toContainText("This is the first assessment");

    await form.open(patientUrl);
    await page.getByLabel("Date").fill("2026-10-15");
    await form.value("Right AKE", "30");
    await form.value("Left SLR", "72");
    await form.saveAndOpen();
    await expect(changes(page).getByText("Right AKE improved by 4°: within measurement error (MDC 8°)")).toBeVisible();
    await expect(changes(page).getByText("Left SLR improved by 12°: a real change (at least the 7° MDC)")).toBeVisible();

    await page.getByRole("link", { name: "Compare with previous" }).click();
    await expect(page.getByRole("heading", { name: "1 Oct 2026 compared with 15 Oct 2026" })).toBeVisible();
    const akeRow = page.getByRole("row", { name: /Active knee extension \(90\/90\), right/ });
    await expect(akeRow).toContainText("34°");
    await expect(akeRow).toContainText("30°");
  });

  test("a corrected value keeps every earlier value on the assessment page, with who corrected it and when", async ({ page }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    await form.value("Right AKE", "34");
    await form.value("Left AKE", "20");
    await form.saveAndOpen();
    for (const corrected of ["30", "28"]) {
      await page.getByRole("link", { name: "Correct" }).click();
      await page.getByLabel("Right AKE", { exact: true }).fill(corrected);
      await page.getByRole("button", { name: "Save correction" }).click();
      await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    }

    const right = page.getByRole("row", { name: /Active knee extension \(90\/90\), right/ });
    await expect(right).toContainText("28°");
    // In words, newest first: the value first recorded is the last line.
    const earlier = right.getByRole("list", { name: "Earlier values, newest first" }).getByRole("listitem");
    await expect(earlier).toHaveText([/^Corrected on \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC by Ana Lopez, was 30° \(Goniometer\)$/, /^Corrected on .+ by Ana Lopez, was 34° \(Goniometer\)$/]);
    // A value the corrections left alone has no history.
    await expect(page.getByRole("row", { name: /Active knee extension \(90\/90\), left/ }).getByRole("list")).toHaveCount(0);
  });

  test("a correction based on an outdated copy is refused", async ({ page, asRole }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    await form.value("Right AKE", "34");
    await form.saveAndOpen();
    const editUrl = `${page.url()}/edit`;
    await page.goto(editUrl);

    const otherPage = await asRole("northsideClinician");
    await otherPage.goto(editUrl);
    await otherPage.getByLabel("Right AKE", { exact: true }).fill("32");
    await otherPage.getByRole("button", { name: "Save correction" }).click();
    await otherPage.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await otherPage.context().close();

    await page.getByLabel("Right AKE", { exact: true }).fill("36");
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect(page.getByText(/Someone else changed this record while you were editing/)).toBeVisible();
  });

  test("another clinic's clinician gets 404 on the assessment, its correction and the compare view", async ({ page, asRole }) => {
    const patientUrl = await newPatient(page);
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    await form.value("Right AKE", "25");
    await form.saveAndOpen();
    const assessmentUrl = page.url();
    const assessmentId = assessmentUrl.split("/").pop()!;

    const harbour = await asRole("harbourClinician");
    for (const url of [assessmentUrl, `${assessmentUrl}/edit`, `${patientUrl}/new`, `${patientUrl}/compare?a=${assessmentId}&b=${assessmentId}`]) {
      const response = await harbour.goto(url);
      expect(response?.status(), url).toBe(404);
    }
  });
});
