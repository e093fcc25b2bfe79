import type { Page } from "@playwright/test";

export type PatientFormValues = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  recordNumber: string;
  sex?: string;
  sport?: string;
};

export class PatientFormPage {
  constructor(private readonly page: Page) {}

  async fill(values: Partial<PatientFormValues>) {
    if (values.firstName !== undefined) await this.page.getByLabel("First name").fill(values.firstName);
    if (values.lastName !== undefined) await this.page.getByLabel("Last name").fill(values.lastName);
    if (values.dateOfBirth !== undefined) await this.page.getByLabel("Date of birth").fill(values.dateOfBirth);
    if (values.recordNumber !== undefined) await this.page.getByLabel("Record number").fill(values.recordNumber);
    if (values.sex !== undefined) await this.page.getByLabel("Sex", { exact: true }).selectOption({ label: values.sex });
    if (values.sport !== undefined) await this.page.getByLabel("Sport or activity").fill(values.sport);
  }

  /** Registers a patient through the UI and returns the new patient page's URL. */
  async register(values: PatientFormValues) {
    await this.page.goto("/patients/new");
    await this.fill(values);
    await this.page.getByRole("button", { name: "Register patient" }).click();
    await this.page.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
    return this.page.url();
  }
}
