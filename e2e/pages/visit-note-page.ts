import { expect, type Page } from "@playwright/test";

/** A visit's note page: the author's draft form, the signature with its confirmation, addenda. */
export class VisitNotePage {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByRole("heading", { name: "Visit note", level: 2 })).toBeVisible();
  }

  section(name: "Subjective" | "Objective" | "Assessment" | "Plan") {
    return this.page.getByLabel(new RegExp(`^${name}`));
  }

  async saveDraft() {
    await this.page.getByRole("button", { name: "Save draft" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  }

  async sign() {
    await this.page.getByRole("button", { name: "Sign…" }).click();
    const confirm = this.page.getByRole("group", { name: "Confirm signature" });
    await expect(confirm).toContainText("can never be changed");
    await confirm.getByRole("button", { name: "Sign note" }).click();
    await expect(this.page.getByText(/^Signed by .* A signed note cannot be changed\.$/)).toBeVisible();
  }

  async addAddendum(text: string) {
    const form = this.page.getByRole("form", { name: "Add an addendum" });
    await form.getByLabel(/^Addendum/).fill(text);
    await form.getByRole("button", { name: "Add addendum" }).click();
    await expect(form.getByRole("status")).toHaveText("Addendum added.");
  }
}
