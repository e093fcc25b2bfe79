import { expect, test } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { ProgressPage } from "./pages/progress-page";

test.use({ storageState: storageStateFor("northsideClinician") });

// Jordan Lee (N-1001) is seeded with about five weeks of logs, two LEFS (34, then 46) and three
// assessments whose right AKE improves by more than the 8° MDC each time (prisma/seed-*.ts).
const JORDAN = "N-1001";

test.describe("progress tab", () => {
  test("the charts render with data for a seeded patient, and their tables hold the values", async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.openFor(JORDAN);

    // A chart (and Recharts) loads when its card comes near the viewport (components/progress/lazy-charts.tsx).
    for (const title of ["Episode timeline", "Adherence and pain", "Function (LEFS)", "Measures over time", "Cramps"]) {
      await progress.card(title).scrollIntoViewIfNeeded();
      await expect(progress.card(title).locator("svg.recharts-surface").first()).toBeVisible();
    }

    const timeline = await progress.showTable("Episode timeline", "Episode timeline events");
    await expect(timeline).toContainText("Subacute / chronic phase");
    await expect(timeline).toContainText("Program version 2 (subacute / chronic)");
    await expect(progress.bodyRows(timeline).filter({ hasText: "Assessment" })).toHaveCount(3);

    const weeks = await progress.showTable("Adherence and pain", "Weekly adherence and pain");
    expect(await progress.bodyRows(weeks).count()).toBeGreaterThanOrEqual(5);
    for (const adherence of await progress.bodyRows(weeks).locator("td:nth-child(4)").allInnerTexts()) {
      expect(adherence).toMatch(/^(\d{1,3} %|—)$/);
    }
    // The first week's pain during exercise is a mean of several ratings on the 0–10 scale.
    await expect(progress.bodyRows(weeks).first().locator("td").nth(3)).toHaveText(/^\d(\.\d)? \(\d+ ratings?\)$/);

    const lefs = await progress.showTable("Function (LEFS)", "LEFS totals");
    await expect(progress.bodyRows(lefs).nth(0)).toContainText("34");
    await expect(progress.bodyRows(lefs).nth(1).locator("td")).toHaveText(["46", "+12", "Yes"]);

    const cramps = await progress.showTable("Cramps", "Cramps per week by context");
    await expect(cramps.locator("thead")).toContainText("Total");
    expect(await progress.bodyRows(cramps).count()).toBeGreaterThanOrEqual(5);
  });

  test("the range picker changes the series", async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.openFor(JORDAN);

    await progress.chooseRange("All");
    await expect(page).toHaveURL(/range=all/);
    const all = await progress.bodyRows(await progress.showTable("Adherence and pain", "Weekly adherence and pain")).allInnerTexts();

    await progress.chooseRange("Last 4 weeks");
    await expect(page).toHaveURL(/range=4w/);
    const recent = await progress.bodyRows(await progress.showTable("Adherence and pain", "Weekly adherence and pain")).allInnerTexts();

    // Jordan's care began more than four weeks ago: the last four weeks are the tail of everything.
    expect(recent.length).toBeLessThanOrEqual(4);
    expect(all.length).toBeGreaterThan(recent.length);
    expect(all.slice(-recent.length)).toEqual(recent);
  });

  test("a measure can be picked, and real changes are listed in its table", async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.openFor(JORDAN);

    const ake = await progress.showTable("Measures over time", "Active knee extension (90/90) over time");
    // Right AKE improves about 11° at each follow-up. The first is judged against a baseline taken in the
    // acute phase, so the acute-injury MDC (15° [S2]) applies and it is not yet a real change; the
    // second, both taken in the subacute phase, is judged by the 8° MDC [S1] and is.
    const right = progress.bodyRows(ake).filter({ hasText: "Right" }).locator("td:nth-child(5)");
    await expect(right.nth(0)).toHaveText("—");
    await expect(right.nth(1)).toHaveText("No");
    await expect(right.nth(2)).toHaveText("Yes");

    await progress.chooseMeasure("Limb symmetry index: hip extension (HHD)");
    await expect(page).toHaveURL(/measure=lsi-hhd-hip-ext/);
    const lsi = await progress.showTable("Measures over time", "Limb symmetry index: hip extension (HHD) over time");
    await expect(progress.bodyRows(lsi).first().locator("td").nth(2)).toHaveText(/^\d+(\.\d)? %$/);
  });
});
