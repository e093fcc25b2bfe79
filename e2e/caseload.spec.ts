import { expect, test } from "./fixtures/roles";
import { storageStateFor } from "./fixtures/accounts";
import { CaseloadPage } from "./pages/caseload-page";

// Each test loads the dashboard several times; give a loaded CI machine room.
test.describe.configure({ timeout: 90_000 });
const NAVIGATION = { timeout: 30_000 };

test.describe("caseload dashboard", () => {
  test.use({ storageState: storageStateFor("northsideClinician") });

  test("lists Casey Morgan under pain during exercise above the phase limit, with its rule, and the link opens Casey's page", async ({ page }) => {
    const caseload = new CaseloadPage(page);
    await caseload.goto();
    await expect(page.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();
    const pain = caseload.reason("Morgan, Casey", "Pain during exercise above the phase limit");
    await expect(pain).toContainText("8/10 in the last 7 days");
    await expect(pain).toContainText("Rule: R-PAIN");
    await caseload.row("Morgan, Casey").getByRole("link", { name: "Morgan, Casey", exact: true }).click();
    await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}\/assessments$/, NAVIGATION);
    await expect(page.getByRole("heading", { name: "Casey Morgan", level: 1 })).toBeVisible();
  });

  test("gives each seeded situation its reason", async ({ page }) => {
    const caseload = new CaseloadPage(page);
    await caseload.goto();
    await expect(caseload.reason("Brooks, Riley", "No log for 7 days")).toContainText("Last log 9 days ago");
    await expect(caseload.reason("Quinn, Avery", "Reassessment due")).toContainText("35 days ago");
    await expect(caseload.reason("Fox, Jamie", "Cramp red flag")).toBeVisible();
    await expect(caseload.reason("Santos, Drew", "Load rise > 30 % over 2 weeks without a reason")).toBeVisible();
    await expect(page.getByRole("region", { name: "Active episodes by phase" }).getByText("Need attention")).toBeVisible();
  });

  test("a met phase gate links to the episode, whose checklist reads pain and adherence from the logs", async ({ page }) => {
    const caseload = new CaseloadPage(page);
    await caseload.goto();
    await caseload.reason("Reed, Taylor", "Ready for the next phase").click();
    await expect(page).toHaveURL(/\/episodes\/[0-9a-f-]{36}$/, NAVIGATION);
    await expect(page.getByRole("listitem").filter({ hasText: "Pain during exercise at most 1/10" })).toContainText("Met");
    await expect(page.getByRole("listitem").filter({ hasText: "Adherence at least 70 %" })).toContainText("100 %");
    await expect(page.getByText("Every criterion is recorded and met")).toBeVisible();
  });

  test("sorts by patient, keeping the order in the URL", async ({ page }) => {
    const caseload = new CaseloadPage(page);
    await caseload.goto();
    await caseload.table().getByRole("button", { name: /^Patient/ }).click();
    await expect(page).toHaveURL(/sort=patient/, NAVIGATION);
    const header = page.getByRole("columnheader", { name: /Patient/ });
    await expect(header).toHaveAttribute("aria-sort", /ascending|descending/);
    const names = await caseload.table().locator("tbody tr td:first-child a").allInnerTexts();
    const sorted = [...names].sort((a, b) => a.localeCompare(b, "en"));
    expect(names).toEqual((await header.getAttribute("aria-sort")) === "ascending" ? sorted : sorted.reverse());
  });
});

test.describe("whose patients", () => {
  test("an admin starts on the whole clinic and sees Casey Morgan", async ({ asRole }) => {
    const page = await asRole("northsideAdmin");
    await new CaseloadPage(page).goto();
    await expect(page.getByRole("link", { name: "Whole clinic" })).toHaveAttribute("aria-current", "page");
    await expect(new CaseloadPage(page).reason("Morgan, Casey", "Pain during exercise above the phase limit")).toBeVisible();
    await page.getByRole("link", { name: "My patients" }).click();
    await expect(page).toHaveURL(/view=mine/, NAVIGATION);
    await expect(page.getByText("No patients need attention")).toBeVisible();
    await page.context().close();
  });

  test("a Harbour clinician never sees Casey Morgan, even for the whole clinic", async ({ asRole }) => {
    const page = await asRole("harbourClinician");
    for (const query of ["", "?view=clinic"]) {
      await new CaseloadPage(page).goto(query);
      await expect(page.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();
      await expect(page.getByText("Morgan, Casey")).toHaveCount(0);
    }
    await page.context().close();
  });
});
