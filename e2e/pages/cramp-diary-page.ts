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

  /** Answers every required question for a mild left-calf cramp of 30 s with no red flag, and writes the note. */
  async fillMildCalfCramp(context: string, notes: string) {
    await this.choose("What were you doing", context);
    await this.choose("Which muscle cramped", "Calf");
    await this.choose("Which side", "Left");
    await this.choose("How long did it last", "30 s");
    await this.choose("How bad was it", "3");
    await this.choose("Did it stop what you were doing", "No");
    await this.choose("Other symptoms such as feeling unwell", "No");
    await this.page.getByLabel("Notes").fill(notes);
  }

  async save() {
    await this.page.getByRole("button", { name: "Save cramp" }).click();
  }

  readonly pastCramps = () => this.page.getByRole("list", { name: "Past cramps" }).getByRole("listitem");
}
