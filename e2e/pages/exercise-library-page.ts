import type { Page } from "@playwright/test";

/** The exercise library and the admin's clinic-exercise form. */
export class ExerciseLibraryPage {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole("table", { name: "Exercise library" });
  readonly rows = () => this.table().locator("tbody tr");
  readonly row = (name: string) => this.rows().filter({ hasText: name });

  async goto() {
    await this.page.goto("/exercises");
  }

  async search(text: string) {
    await this.page.getByLabel("Search exercises").fill(text);
  }

  /** Fills the add/edit form with a small exercise allowed in the acute and subacute phases. */
  async fillForm(name: string) {
    await this.page.getByLabel("Name").fill(name);
    await this.page.getByLabel("Kind").selectOption({ label: "Exercise (strength, movement or conditioning)" });
    await this.page.getByRole("checkbox", { name: "Hamstrings", exact: true }).check();
    await this.page.getByRole("checkbox", { name: "Core", exact: true }).check();
    await this.page.getByRole("checkbox", { name: "Acute", exact: true }).check();
    await this.page.getByRole("checkbox", { name: "Subacute", exact: true }).check();
    await this.page.getByLabel("Sets").fill("2");
    await this.page.getByLabel("Reps").fill("10");
    await this.page.getByLabel("Times a week").fill("3");
    await this.page.getByLabel("The dose in words").fill("2 × 10, slow, 3 days a week");
    await this.page.getByLabel("Instructions for the patient").fill("Lie on your back with knees bent and slide one heel out and back, slowly, without pain.");
    await this.page.getByLabel("Source").fill("Clinic protocol 2026");
  }

  /** Adds an exercise through the form and returns to the library. */
  async add(name: string) {
    await this.page.goto("/exercises/new");
    await this.fillForm(name);
    await this.page.getByRole("button", { name: "Add exercise" }).click();
    await this.page.waitForURL(/\/exercises$/);
  }
}
