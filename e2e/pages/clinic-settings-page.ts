import { expect, type Page } from "@playwright/test";

/** The admin's clinic settings page: name, time zone and default visit lengths in one form. */
export class ClinicSettingsPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clinic settings" }).click();
    await expect(this.page.getByRole("heading", { name: "Clinic settings", level: 1 })).toBeVisible();
  }

  form() {
    return this.page.getByRole("form", { name: "Clinic settings" });
  }

  timeZone() {
    return this.form().getByLabel(/^Time zone/);
  }

  minutes(visit: "Assessment" | "Treatment" | "Review" | "Telehealth") {
    return this.form().getByLabel(new RegExp(`^${visit} \\(minutes\\)`));
  }

  async save() {
    await this.form().getByRole("button", { name: "Save settings" }).click();
  }

  async expectSaved() {
    await expect(this.form().getByRole("status")).toHaveText("Clinic settings saved.");
  }
}
