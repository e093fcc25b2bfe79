import { ACCOUNTS, unique } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/roles";
import { PatientFormPage } from "./pages/patient-form-page";

// Each test registers its own patient, so the rows it looks for are its own.

test.describe("activity page", () => {
  test("an admin sees an edit they just made, with its values before and after, and can filter to it", async ({ asRole }) => {
    const page = await asRole("northsideAdmin", { viewport: { width: 1280, height: 800 } });
    const suffix = unique();
    const form = new PatientFormPage(page);
    const patientUrl = await form.register({ firstName: "Avery", lastName: `Before${suffix}`, dateOfBirth: "1991-02-03", recordNumber: `A-${suffix}` });
    const patientId = patientUrl.match(/patients\/([0-9a-f-]{36})/)![1]!;
    await page.getByRole("link", { name: "Edit details" }).click();
    await form.fill({ lastName: `After${suffix}` });
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: `Avery After${suffix}` })).toBeVisible();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    const table = page.getByRole("table", { name: "Activity, newest first" });
    const edit = table.getByRole("row").filter({ hasText: `After${suffix}, Avery` }).filter({ hasText: "Changed" });
    await expect(edit).toContainText(`Last name: Before${suffix} → After${suffix}`);
    await expect(edit).toContainText(ACCOUNTS.northsideAdmin.name);
    await expect(edit.getByRole("link", { name: "Patient", exact: true })).toHaveAttribute("href", `/patients/${patientId}`);

    // Filtered to this patient from its row, then to edits only: the URL holds ids and codes, never the name.
    await edit.getByRole("button", { name: `only activity about After${suffix}, Avery` }).click();
    await expect(page).toHaveURL(new RegExp(`patient=${patientId}`));
    await expect(page.getByText(`Patient: After${suffix}, Avery`)).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(3);
    await page.getByLabel("Action").selectOption({ label: "Changed" });
    await expect(page).toHaveURL(/action=UPDATE/);
    await expect(table.getByRole("row")).toHaveCount(2);
    expect(page.url()).not.toContain(suffix);

    await page.getByLabel("From (UTC day)").fill("2000-01-01");
    await page.getByLabel("To (UTC day)").fill("2000-01-02");
    await expect(page.getByText("No activity matches these filters")).toBeVisible();
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect(table).toBeVisible();
    await expectNoSeriousViolations(page);

    // The patient page leads an admin to that patient's activity.
    await page.goto(patientUrl);
    await page.getByRole("link", { name: "Activity", exact: true }).and(page.locator("main a")).click();
    await expect(page).toHaveURL(new RegExp(`/activity\\?patient=${patientId}$`));
    await expect(table.getByRole("row")).toHaveCount(3);
  });

  test("works on a phone without the page scrolling sideways", async ({ asRole }) => {
    const page = await asRole("northsideAdmin", { viewport: { width: 375, height: 740 } });
    await page.goto("/activity");
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Person")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousViolations(page);
  });

  test("a clinician gets a real 404 and no Activity link", async ({ asRole }) => {
    const page = await asRole("northsideClinician");
    const response = await page.goto("/activity");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" })).toHaveCount(0);
  });
});
