import { storageStateFor } from "./fixtures/accounts";
import { insertInvitation, patientWithoutPortalAccount } from "./fixtures/database";
import { createProgressPatient } from "./fixtures/portal-progress-data";
import { expect, test } from "./fixtures/roles";
import { PortalProgressPage } from "./pages/portal-progress-page";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { ProgressPage } from "./pages/progress-page";

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoSeriousViolations(page);
});

test("the invitation page, usable or not, has no serious accessibility violations", async ({ page }) => {
  const token = await insertInvitation(await patientWithoutPortalAccount("Northside Physio"), "a11y-check@patient.example");
  await page.goto(`/invite/${token}`);
  await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto(`/invite/${"x".repeat(43)}`);
  await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test.describe("clinician screens", () => {
  test.use({ storageState: storageStateFor("northsideClinician") });

  test("the caseload dashboard has no serious accessibility violations", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page.getByRole("table", { name: "Patients needing attention" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the registry has no serious accessibility violations", async ({ page }) => {
    await page.goto("/patients");
    await expect(page.getByRole("table", { name: "Patients" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the patient page and the patient form have no serious accessibility violations", async ({ page }) => {
    await page.goto("/patients");
    await page.getByRole("table", { name: "Patients" }).locator("tbody tr").first().getByRole("link").click();
    await expect(page.getByRole("complementary", { name: "Patient summary" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "Edit details" }).click();
    await page.getByRole("button", { name: "Save changes" }).waitFor();
    await expectNoSeriousViolations(page);
  });

  test("the assessment form and an assessment page have no serious accessibility violations", async ({ page }) => {
    await page.goto("/patients");
    await page.getByRole("table", { name: "Patients" }).locator("tbody tr").first().getByRole("link").click();
    await page.getByRole("link", { name: "New assessment" }).click();
    await page.getByLabel("Right AKE", { exact: true }).fill("34");
    await expectNoSeriousViolations(page);
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page);
  });

  test("the progress tab, with its charts and tables, has no serious accessibility violations", async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.openFor("N-1001");
    await progress.card("Adherence and pain").scrollIntoViewIfNeeded();
    await expect(progress.card("Adherence and pain").locator("svg.recharts-surface")).toBeVisible();
    await expectNoSeriousViolations(page);
    for (const [title, caption] of [
      ["Episode timeline", "Episode timeline events"],
      ["Adherence and pain", "Weekly adherence and pain"],
      ["Measures over time", /over time$/],
    ] as const) {
      await progress.showTable(title, caption);
    }
    await expectNoSeriousViolations(page);
  });
});

test.describe("portal", () => {
  test.use({ storageState: storageStateFor("northsidePatient") });

  test("the portal home has no serious accessibility violations", async ({ page }) => {
    await page.goto("/portal");
    await expect(page.getByRole("heading", { name: /Hello/ })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the plan's cards with logging, pain scale and dose form have no serious accessibility violations", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/portal");
    const card = page.getByRole("region", { name: "Today's plan" }).getByRole("article").first();
    await card.getByRole("button", { name: /^Done/ }).click();
    await expect(card.getByRole("group", { name: "How much did it hurt?" })).toBeVisible();
    await card.getByText("Did it differently?").click();
    await expect(card.getByLabel("Sets")).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the progress page has no serious accessibility violations", async ({ page }) => {
    await new PortalProgressPage(page).goto();
    await expectNoSeriousViolations(page);
  });

  test("the progress page with a week of logs, trends and pain has no serious accessibility violations", async ({ asRole }) => {
    // Jordan's seeded logs may or may not exist: a patient of the test's own shows the bars for sure.
    test.slow();
    const logging = await PortalProgressPage.signedIn(asRole, (await createProgressPatient({ episode: true, logs: true })).email);
    await logging.goto();
    await expectNoSeriousViolations(logging.page);
  });

  test("the cramp diary and the questionnaires page have no serious accessibility violations, also on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/portal/cramps");
    await expect(page.getByRole("button", { name: "Save cramp" })).toBeEnabled();
    await expectNoSeriousViolations(page);
    // With every question's error message showing.
    await page.getByRole("button", { name: "Save cramp" }).click();
    await expect(page.getByText("Choose the muscle that cramped.")).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto("/portal/questionnaires");
    await expect(page.getByRole("heading", { name: "Questionnaires" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
