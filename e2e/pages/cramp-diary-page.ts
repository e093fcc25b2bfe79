import { expect, type Page } from "@playwright/test";

/** The portal's cramp diary: choices are chip groups named by their question. */
export class CrampDiaryPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/portal/cramps");
    await expect(this.page.getByRole("button", { name: "Save cramp" })).toBeEnabled();
  }

  /** Picks one answer in the group whose question starts with `question`. */
  async choose(question: string, answer: string) {
    const option = this.page.getByRole("group", { name: new RegExp(`^${question}`) }).getByRole("radio", { name: answer, exact: true });
    await option.check();
    await expect(option).toBeChecked();
  }

  /** Ticks one answer of a choose-all-that-apply group. */
  async tick(question: string, answer: string) {
    const option = this.page.getByRole("group", { name: new RegExp(`^${question}`) }).getByRole("checkbox", { name: answer, exact: true });
    await option.check();
    await expect(option).toBeChecked();
  }

  async save() {
    await this.page.getByRole("button", { name: "Save cramp" }).click();
  }

  readonly pastCramps = () => this.page.getByRole("list", { name: "Past cramps" }).getByRole("listitem");
}
