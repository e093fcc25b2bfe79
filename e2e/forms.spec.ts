import { expect, test, type Page } from "@playwright/test";
import { storageStateFor, unique } from "./fixtures/accounts";
import { AssessmentFormPage } from "./pages/assessment-form-page";
import { PatientFormPage } from "./pages/patient-form-page";

test.use({ storageState: storageStateFor("northsideClinician") });

/** Server actions are POSTs carrying a Next-Action header; this drops them as if the network were down. */
async function cutServerActions(page: Page) {
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"] ? route.abort("internetdisconnected") : route.fallback(),
  );
}

test.describe("the shared form wiring", () => {
  test("a form whose request cannot reach the server says so, keeps what was typed, and saves on retry", async ({ page }) => {
    const suffix = unique();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    const form = new PatientFormPage(page);
    await page.goto("/patients/new");
    await form.fill({ firstName: "Noor", lastName: `Offline${suffix}`, dateOfBirth: "1991-03-04", recordNumber: `O-${suffix}`, sport: "Hockey" });

    await cutServerActions(page);
    await page.getByRole("button", { name: "Register patient" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Could not reach Rehabit. Check your connection and try again" })).toBeVisible();
    await expect(page).toHaveURL(/\/patients\/new$/);
    await expect(page.getByLabel("First name")).toHaveValue("Noor");
    await expect(page.getByLabel("Last name")).toHaveValue(`Offline${suffix}`);
    await expect(page.getByLabel("Record number")).toHaveValue(`O-${suffix}`);
    await expect(page.getByLabel("Sport or activity")).toHaveValue("Hockey");
    await expect(page.getByRole("button", { name: "Register patient" })).toBeEnabled();
    expect(uncaught).toEqual([]);

    await page.unrouteAll();
    await page.getByRole("button", { name: "Register patient" }).click();
    await expect(page.getByRole("heading", { name: `Noor Offline${suffix}` })).toBeVisible();
  });

  test("the first click on Save after an out-of-range value is not lost: it shows the messages and focuses the field", async ({ page }) => {
    const suffix = unique();
    const patientUrl = await new PatientFormPage(page).register({
      firstName: "Avery",
      lastName: `FirstClick${suffix}`,
      dateOfBirth: "1995-04-20",
      recordNumber: `F-${suffix}`,
    });
    const form = new AssessmentFormPage(page);
    await form.open(patientUrl);
    const rightAke = page.getByLabel("Right AKE", { exact: true });
    await rightAke.fill("500");

    // A real click (mousedown, mouseup) with the focus still in the field it leaves.
    await page.getByRole("button", { name: "Save assessment" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Some values need fixing before this assessment can be saved" })).toBeVisible();
    await expect(page.getByText("Right AKE must be between 0 and 90°.")).toBeVisible();
    await expect(rightAke).toBeFocused();
    await expect(rightAke).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/assessments\/new$/);

    // Corrected, one click saves.
    await rightAke.fill("34");
    await page.getByRole("button", { name: "Save assessment" }).click();
    await page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Right hamstring flexibility: AKE 34°, more than 20° short of full extension")).toBeVisible();
  });

  test("when a form's checks cannot be loaded, the server checks it and its messages land on the same fields", async ({ page }) => {
    await page.goto("/patients/new");
    await expect(page.getByRole("button", { name: "Register patient" })).toBeEnabled();
    // The zod schema loads on first focus or submit (components/ui/lazy-zod-resolver.ts); cut every later chunk.
    await page.route("**/_next/static/chunks/**", (route) => route.abort("internetdisconnected"));
    await page.getByLabel("Record number").fill("not a record!");
    await page.getByRole("button", { name: "Register patient" }).click();

    const firstName = page.getByLabel("First name");
    await expect(page.getByText("Enter a first name.")).toBeVisible();
    await expect(firstName).toHaveAttribute("aria-invalid", "true");
    await expect(firstName).toHaveAttribute("aria-describedby", "firstName-error");
    await expect(firstName).toBeFocused();
    await expect(page.getByText("Use letters, digits, - or / for the record number.")).toBeVisible();
    await expect(page.getByLabel("Record number")).toHaveValue("not a record!");
    await expect(page).toHaveURL(/\/patients\/new$/);
  });
});
