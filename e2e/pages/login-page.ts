import { expect, type Page } from "@playwright/test";
import { PASSWORD } from "../fixtures/accounts";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/login");
  }

  async signIn(email: string, password = PASSWORD) {
    await this.page.getByLabel("E-mail").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  async expectRejected() {
    await expect(this.page.getByText("That e-mail and password do not match an account.")).toBeVisible();
    await expect(this.page).toHaveURL(/\/login/);
  }
}
