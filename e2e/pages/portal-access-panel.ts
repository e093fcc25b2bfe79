import { expect, type Page } from "@playwright/test";

/** The "Portal access" section of the patient page's sidebar. */
export class PortalAccessPanel {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.getByRole("region", { name: "Portal access" });
  }

  /** Invites the patient with this sign-in e-mail, copies the link and returns it as copied. */
  async invite(email: string): Promise<string> {
    const section = this.section();
    await section.getByRole("button", { name: "Invite to portal" }).click();
    await section.getByLabel("Sign-in e-mail").fill(email);
    await section.getByRole("button", { name: "Create invitation link" }).click();
    const field = section.getByLabel(/^Link/);
    await expect(field).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await section.getByRole("button", { name: "Copy link" }).click();
    await expect(section.getByText("Copied")).toBeVisible();
    const copied = await this.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await field.inputValue());
    return copied;
  }

  async revoke() {
    const section = this.section();
    await section.getByRole("button", { name: "Revoke portal access" }).click();
    await section.getByRole("group", { name: "Confirm revoking portal access" }).getByRole("button", { name: "Revoke portal access" }).click();
    await expect(section.getByText("Revoked")).toBeVisible();
  }
}
