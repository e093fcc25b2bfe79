import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./fixtures/accounts";
import { LoginPage } from "./pages/login-page";

test.describe("sign-in", () => {
  test("a clinician signs in, lands on the caseload dashboard, and signs out", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.northsideClinician.email);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/patients");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpatients/);
  });

  test("a wrong password and an unknown e-mail get the same message", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn("nobody-here@northside.example", "rehabit-demo");
    await login.expectRejected();
    // A real account with a wrong password: same words, so nothing reveals which part was wrong.
    await login.signIn("ben.okafor@northside.example", "not-the-password");
    await login.expectRejected();
  });

  test("a patient lands on their own portal home", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS.northsidePatient.email);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole("heading", { name: "Hello, Jordan" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Today's plan" })).toBeVisible();
  });

  test("a signed-out visitor is sent to sign in and returned to the page they asked for", async ({ page }) => {
    await page.goto("/patients?sort=dateOfBirth");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(page).signIn(ACCOUNTS.northsideClinician.email);
    await expect(page).toHaveURL(/\/patients\?sort=dateOfBirth$/);
  });
});
