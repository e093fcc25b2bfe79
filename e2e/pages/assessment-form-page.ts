import type { Page } from "@playwright/test";

/** The structured assessment form: inputs are named "<Side> <abbreviation>" for screen readers too. */
export class AssessmentFormPage {
  constructor(private readonly page: Page) {}

  async open(patientUrl: string) {
    await this.page.goto(patientUrl.replace(/\/assessments$/, "/assessments/new"));
  }

  async value(label: string, text: string) {
    await this.page.getByLabel(label, { exact: true }).fill(text);
  }

  async choose(label: string, option: string) {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async save() {
    await this.page.getByRole("button", { name: "Save assessment" }).click();
  }

  /** Saves and waits for the assessment's own page. */
  async saveAndOpen() {
    await this.save();
    await this.page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
  }
}
