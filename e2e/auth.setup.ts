import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, storageStateFor, type AccountKey } from "./fixtures/accounts";
import { LoginPage } from "./pages/login-page";

// One signed-in browser state per role, written once and reused by every spec.
for (const key of Object.keys(ACCOUNTS) as AccountKey[]) {
  setup(`sign in as ${key}`, async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(ACCOUNTS[key].email);
    await expect(page.getByText(ACCOUNTS[key].name, { exact: false }).first()).toBeVisible();
    await page.context().storageState({ path: storageStateFor(key) });
  });
}
