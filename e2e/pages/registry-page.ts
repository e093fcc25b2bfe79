import { expect, type Page } from "@playwright/test";

export class RegistryPage {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole("table", { name: "Patients" });
  readonly rows = () => this.table().locator("tbody tr");

  async goto(query = "") {
    await this.page.goto(`/patients${query}`);
  }

  async search(text: string) {
    await this.page.getByLabel("Search patients").fill(text);
    await this.page.getByLabel("Search patients").press("Enter");
    await expect(this.page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/%20/g, "(\\+|%20)")}`));
  }

  async sortBy(column: string) {
    await this.table().getByRole("button", { name: new RegExp(`^${column}`) }).click();
  }

  async firstColumnValues(column: number) {
    return this.rows().locator(`td:nth-child(${column})`).allInnerTexts();
  }
}
