import { expect, type Locator, type Page } from "@playwright/test";

/** The patient's portal home: today's plan as exercise cards, and the next-morning question. */
export class PortalHomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/portal");
    await expect(this.page.getByRole("heading", { name: "Today's plan" })).toBeVisible();
  }

  card(exerciseName: string): Locator {
    return this.page.getByRole("article", { name: exerciseName });
  }

  doneButton(card: Locator): Locator {
    return card.getByRole("button", { name: /^Done as prescribed/ });
  }

  painButton(scope: Locator, pain: number): Locator {
    return scope.getByRole("button", { name: `Pain ${pain} out of 10`, exact: true });
  }

  morningQuestion(): Locator {
    return this.page.getByRole("region", { name: "This morning" });
  }
}
