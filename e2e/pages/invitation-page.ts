import { expect, type Page } from "@playwright/test";

/** The public page a patient opens from their invitation link. */
export class InvitationPage {
  constructor(private readonly page: Page) {}

  async setPassword(password: string, confirmation = password) {
    await this.page.getByLabel(/^New password/).fill(password);
    await this.page.getByLabel("Confirm new password").fill(confirmation);
    await this.page.getByRole("button", { name: "Set password" }).click();
  }

  /** Sets the password, then signs in with it on the sign-in step that follows. */
  async acceptAndSignIn(email: string, password: string) {
    await this.setPassword(password);
    await expect(this.page.getByText("Password set — sign in")).toBeVisible();
    await expect(this.page.getByLabel("E-mail")).toHaveValue(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async expectRefused() {
    await expect(this.page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
    await expect(this.page.getByText("This invitation link has expired or has already been used. Ask your clinic for a new one.")).toBeVisible();
    await expect(this.page.getByLabel(/^New password/)).toHaveCount(0);
  }
}
