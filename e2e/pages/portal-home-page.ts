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

  /** Records every server-action POST the page sends from now on, to replay one as someone else or again. */
  async recordActions(): Promise<ActionCall[]> {
    const calls: ActionCall[] = [];
    await this.page.route("**/portal", async (route) => {
      const request = route.request();
      if (request.method() === "POST" && request.headers()["next-action"]) calls.push({ headers: request.headers(), body: request.postData() ?? "" });
      await route.continue();
    });
    return calls;
  }
}

export type ActionCall = { headers: Record<string, string>; body: string };

/** The request options that replay a recorded action call. */
export function replayOf({ headers, body }: ActionCall) {
  return { headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" }, data: body };
}
