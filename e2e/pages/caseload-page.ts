import type { Page } from "@playwright/test";

export class CaseloadPage {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole("table", { name: "Patients needing attention" });
  /** The table row of a patient, by the name as the table shows it ("Morgan, Casey"). */
  readonly row = (name: string) => this.table().getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  /** A reason chip in a patient's row, by its label ("No log for 7 days"). */
  readonly reason = (name: string, label: string) => this.row(name).getByRole("link", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

  async goto(query = "") {
    await this.page.goto(`/dashboard${query}`);
  }
}
