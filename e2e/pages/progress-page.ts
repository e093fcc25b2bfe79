import { expect, type Locator, type Page } from "@playwright/test";
import { RegistryPage } from "./registry-page";

/** A patient's Progress tab: chart cards, each with a "Show as table" toggle, and the range and measure pickers. */
export class ProgressPage {
  constructor(private readonly page: Page) {}

  /** Opens a seeded patient's Progress tab through the registry of the signed-in clinician's clinic. */
  async openFor(recordNumber: string) {
    const registry = new RegistryPage(this.page);
    await registry.goto();
    await registry.search(recordNumber);
    await registry.rows().first().getByRole("link").click();
    await this.page.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
    await this.page.getByRole("navigation", { name: "Patient sections" }).getByRole("link", { name: "Progress" }).click();
    await expect(this.page.getByRole("heading", { name: "Progress", level: 2 })).toBeVisible();
  }

  card(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  /** Reveals a card's table and returns it (found by its caption). */
  async showTable(title: string, caption: string | RegExp): Promise<Locator> {
    const card = this.card(title);
    // The toggle keeps its state across a range change (same page, new search params): open it only if closed.
    const toggle = card.getByRole("button", { name: /Show as table|Hide table/ });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(card.getByRole("button", { name: /Hide table/ })).toHaveAttribute("aria-expanded", "true");
    const table = card.getByRole("table", { name: caption });
    await expect(table).toBeVisible();
    return table;
  }

  bodyRows(table: Locator): Locator {
    return table.locator("tbody tr");
  }

  async chooseRange(label: string) {
    await this.page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: label }).click();
    await expect(this.page.getByRole("navigation", { name: "Time range" }).getByRole("link", { name: label })).toHaveAttribute("aria-current", "page");
  }

  async chooseMeasure(label: string) {
    await this.page.getByLabel("Measure", { exact: true }).selectOption({ label });
    await this.card("Measures over time").getByRole("button", { name: "Show" }).click();
  }
}
