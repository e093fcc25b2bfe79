import type { Page } from "@playwright/test";

/** The portal Account page's "Daily reminder" section. */
export class ReminderSettings {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.getByRole("region", { name: "Daily reminder" });
  }

  toggle() {
    return this.section().getByRole("checkbox", { name: "E-mail me a daily reminder" });
  }

  hour() {
    return this.section().getByLabel("At");
  }

  async save(enabled: boolean, hour: string) {
    await this.toggle().setChecked(enabled);
    await this.hour().selectOption({ label: hour });
    await this.section().getByRole("button", { name: "Save reminder" }).click();
  }
}
