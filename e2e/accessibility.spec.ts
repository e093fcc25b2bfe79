import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { ProgressPage } from "./pages/progress-page";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
}

test("the sign-in page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expectNoSeriousViolations(page);
});

test.describe("clinician screens", () => {
  test.use({ storageState: storageStateFor("northsideClinician") });

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
});
