import { expect, type Page } from "@playwright/test";
import { RegistryPage } from "./registry-page";

/** The URL of a patient's Diary tab, found through the registry of the clinician's own clinic. */
export async function diaryUrlOf(page: Page, registryName: string): Promise<string> {
  const registry = new RegistryPage(page);
  await registry.goto();
  await registry.search(registryName);
  await registry.rows().first().getByRole("link").click();
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
  return page.url().replace(/assessments$/, "diary");
}

/** The patient's LEFS page: 20 radio groups, each saved on choice. */
export class LefsPage {
  constructor(private readonly page: Page) {}

  readonly item = (item: number) => this.page.locator(`#lefs-item-${item}`);

  /** Answers one item and waits until the server has saved it (the last answer replaces the items with the total). */
  async answer(item: number, response: string) {
    await this.item(item).getByRole("radio", { name: response, exact: true }).check();
    await expect(this.item(item).getByText("Saved").or(this.page.getByText(/^Your total:/))).toBeVisible();
  }

  async answerRange(from: number, to: number, response: string) {
    for (let item = from; item <= to; item++) await this.answer(item, response);
  }
}
