import { expect, type Page } from "@playwright/test";

export type NewStaffMember = { name: string; email: string; role: "Clinician" | "Admin" };

/** The admin's staff page: the invite form, the one-time link box and the staff table. */
export class StaffPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/staff");
    await expect(this.page.getByRole("heading", { name: "Staff", level: 1 })).toBeVisible();
  }

  inviteForm() {
    return this.page.getByRole("form", { name: "Invite staff member" });
  }

  async fillInvite({ name, email, role }: NewStaffMember) {
    const form = this.inviteForm();
    await form.getByLabel("Full name").fill(name);
    await form.getByLabel("Sign-in e-mail").fill(email);
    await form.getByLabel("Role").selectOption({ label: role });
    await form.getByRole("button", { name: "Create invitation link" }).click();
  }

  /** Invites someone and returns their link, as read from the one-time link field. */
  async invite(member: NewStaffMember): Promise<string> {
    await this.fillInvite(member);
    const box = this.page.getByRole("region", { name: "New one-time link" });
    await expect(box).toContainText(`Invitation link for ${member.name} (${member.email})`);
    const field = box.getByLabel(/^Link/);
    await expect(field).toHaveValue(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    return field.inputValue();
  }

  table() {
    return this.page.getByRole("table", { name: "Clinic staff" });
  }

  row(name: string) {
    return this.table().getByRole("row").filter({ hasText: name });
  }

  async deactivate(name: string) {
    await this.page.getByRole("button", { name: `Deactivate ${name}`, exact: true }).click();
    const confirm = this.page.getByRole("group", { name: `Confirm deactivating ${name}` });
    await confirm.getByRole("button", { name: "Deactivate", exact: true }).click();
    await expect(this.page.getByText(`${name} is deactivated and was signed out everywhere.`)).toBeVisible();
  }
}
