import { expect, test } from "./fixtures/roles";
import { storageStateFor, unique } from "./fixtures/accounts";
import { PatientFormPage } from "./pages/patient-form-page";
import { RegistryPage } from "./pages/registry-page";

test.use({ storageState: storageStateFor("northsideClinician") });

test.describe("create, edit and archive a patient", () => {
  test("field errors show next to their fields and nothing is saved", async ({ page }) => {
    const suffix = unique();
    await page.goto("/patients/new");
    const form = new PatientFormPage(page);
    await form.fill({ firstName: "x".repeat(101), lastName: `Invalid${suffix}`, dateOfBirth: "2999-01-01", recordNumber: `E-${suffix}` });
    await page.getByRole("button", { name: "Register patient" }).click();

    await expect(page.getByText("First name must be at most 100 characters.")).toBeVisible();
    await expect(page.getByText("Date of birth cannot be in the future.")).toBeVisible();
    await expect(page.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/patients\/new$/);

    const registry = new RegistryPage(page);
    await registry.goto();
    await registry.search(`Invalid${suffix}`);
    await expect(page.getByText(/No active patients match/)).toBeVisible();
  });

  test("registers a patient, edits them, archives and restores them", async ({ page }) => {
    const suffix = unique();
    const form = new PatientFormPage(page);
    await form.register({ firstName: "Robin", lastName: `Created${suffix}`, dateOfBirth: "1994-06-15", recordNumber: `C-${suffix}`, sport: "Rugby" });

    const summary = page.getByRole("complementary", { name: "Patient summary" });
    await expect(page.getByRole("heading", { name: `Robin Created${suffix}` })).toBeVisible();
    await expect(summary).toContainText("Rugby");
    await expect(summary).toContainText(`C-${suffix}`);
    for (const tab of ["Assessments", "Episodes & program", "Progress", "Diary"]) {
      await expect(page.getByRole("link", { name: tab })).toBeVisible();
    }

    await page.getByRole("link", { name: "Edit details" }).click();
    await expect(page.getByLabel("Last name")).toHaveValue(`Created${suffix}`);
    await form.fill({ lastName: `Edited${suffix}`, sport: "Sprinting" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: `Robin Edited${suffix}` })).toBeVisible();
    await expect(summary).toContainText("Sprinting");

    await page.getByRole("button", { name: "Archive patient" }).click();
    await page.getByRole("group", { name: "Confirm archive" }).getByRole("button", { name: "Archive" }).click();
    await expect(summary.getByText("Archived")).toBeVisible();

    const registry = new RegistryPage(page);
    await registry.goto();
    await registry.search(`Edited${suffix}`);
    await expect(page.getByText(/No active patients match/)).toBeVisible();
    await page.getByLabel("Status").selectOption("archived");
    await expect(registry.rows()).toHaveCount(1);

    await registry.rows().getByRole("link").click();
    await page.getByRole("button", { name: "Restore patient" }).click();
    await expect(summary.getByText("Active")).toBeVisible();
  });

  test("a duplicate record number is refused on its field", async ({ page }) => {
    const suffix = unique();
    const form = new PatientFormPage(page);
    await form.register({ firstName: "Dana", lastName: `First${suffix}`, dateOfBirth: "1980-01-01", recordNumber: `D-${suffix}` });

    await page.goto("/patients/new");
    await form.fill({ firstName: "Dana", lastName: `Second${suffix}`, dateOfBirth: "1980-01-01", recordNumber: `D-${suffix}` });
    await page.getByRole("button", { name: "Register patient" }).click();
    await expect(page.getByText("Another patient in this clinic already has this record number.")).toBeVisible();
    await expect(page).toHaveURL(/\/patients\/new$/);
  });

  test("an edit based on an outdated copy is refused, not silently overwritten", async ({ page, asRole }) => {
    const suffix = unique();
    const url = await new PatientFormPage(page).register({
      firstName: "Casey",
      lastName: `Concurrent${suffix}`,
      dateOfBirth: "1988-08-08",
      recordNumber: `K-${suffix}`,
    });
    await page.goto(url.replace(/assessments$/, "edit"));

    const otherPage = await asRole("northsideClinician");
    await otherPage.goto(url.replace(/assessments$/, "edit"));
    await new PatientFormPage(otherPage).fill({ sport: "Tennis" });
    await otherPage.getByRole("button", { name: "Save changes" }).click();
    // The saved form leaves the edit page; the name heading alone is on the edit page too.
    await otherPage.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
    await expect(otherPage.getByRole("heading", { name: `Casey Concurrent${suffix}` })).toBeVisible();
    await otherPage.context().close();

    await new PatientFormPage(page).fill({ sport: "Golf" });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByText(/Someone else changed this record while you were editing/)).toBeVisible();
  });
});
