import { expect, type Page } from "@playwright/test";

/** The Account page (/account for staff, /portal/account for patients). */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async changePassword(current: string, next: string, confirmation = next) {
    await this.page.getByLabel(/^Current password/).fill(current);
    await this.page.getByLabel(/^New password/).fill(next);
    await this.page.getByLabel(/^Confirm new password/).fill(confirmation);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  async signOutEverywhere() {
    await this.page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(this.page).toHaveURL(/\/login\?signedOut=everywhere/);
  }
}
