import { ACCOUNTS, unique, type AccountKey } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { expect, test, type AsRole } from "./fixtures/roles";
import { InvitationPage } from "./pages/invitation-page";
import { StaffPage } from "./pages/staff-page";

// The demo accounts' signed-in states are shared with other specs: these tests only ever change
// staff members they invite themselves.

const PASSWORD = "a-clinician-passphrase";
const admin = ACCOUNTS.northsideAdmin.name;

/** A page as the account (null: signed out), desktop-sized unless a viewport is given. */
const pageAs = (asRole: AsRole, account: AccountKey | null, viewport = { width: 1280, height: 800 }) => asRole(account, { viewport });

function newClinician() {
  const suffix = unique();
  return { name: `Casey Park${suffix}`, email: `casey.${suffix.toLowerCase()}@northside.example`, role: "Clinician" } as const;
}

test.describe("staff management", () => {
  test("an admin invites a clinician, who sets a password and signs in; once deactivated, their next page is the sign-in page", async ({ asRole }) => {
    test.slow();
    const staff = new StaffPage(await pageAs(asRole, "northsideAdmin"));
    await staff.goto();
    // Their own row offers neither demotion nor deactivation.
    await expect(staff.row(`${admin} (you)`)).toBeVisible();
    await expect(staff.page.getByRole("button", { name: `Deactivate ${admin}` })).toHaveCount(0);
    await expect(staff.page.getByRole("button", { name: `Make ${admin} a clinician` })).toHaveCount(0);

    const clinician = newClinician();
    const link = await staff.invite(clinician);
    await expect(staff.row(clinician.name)).toContainText("Invited");
    await expect(staff.row(clinician.name)).toContainText("Never");

    // The same e-mail again is refused on its field.
    await staff.page.getByRole("button", { name: "Done" }).click();
    await staff.fillInvite({ ...clinician, email: clinician.email.toUpperCase() });
    await expect(staff.inviteForm().getByText("Another account already uses this e-mail. Enter a different one.")).toBeVisible();
    await expect(staff.inviteForm().getByLabel("Sign-in e-mail")).toHaveAttribute("aria-invalid", "true");

    const phone = await pageAs(asRole, null, { width: 375, height: 740 });
    await phone.goto(link);
    await expect(phone.getByRole("heading", { name: "Set your password" })).toBeVisible();
    await expect(phone.getByText(`Welcome, ${clinician.name}.`)).toBeVisible();
    await new InvitationPage(phone).acceptAndSignIn(clinician.email, PASSWORD);
    await expect(phone).toHaveURL(/\/dashboard$/);
    await expect(phone.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();

    await staff.page.reload();
    await expect(staff.row(clinician.name)).toContainText("Active");
    await expect(staff.row(clinician.name)).not.toContainText("Never");
    await staff.deactivate(clinician.name);
    await expect(staff.row(clinician.name)).toContainText("Deactivated");
    await expect(staff.page.getByRole("button", { name: `Reactivate ${clinician.name}` })).toBeVisible();

    await phone.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
    await expect(phone).toHaveURL(/\/login/);
    await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("an admin can promote, demote and reactivate someone, and give them a new link", async ({ asRole }) => {
    test.slow();
    const staff = new StaffPage(await pageAs(asRole, "northsideAdmin"));
    await staff.goto();
    const member = newClinician();
    const first = await staff.invite(member);

    await staff.page.getByRole("button", { name: `Make ${member.name} an admin` }).click();
    await expect(staff.page.getByText(`${member.name} is now an admin.`)).toBeVisible();
    await expect(staff.row(member.name)).toContainText("Admin");
    await staff.page.getByRole("button", { name: `Make ${member.name} a clinician` }).click();
    await expect(staff.row(member.name)).toContainText("Clinician");

    await staff.page.getByRole("button", { name: `New invitation link for ${member.name}` }).click();
    const box = staff.page.getByRole("region", { name: "New one-time link" });
    await expect(box.getByLabel(/^Link/)).not.toHaveValue(first);
    await expect(box.getByLabel(/^Link/)).toHaveValue(/\/set-password\//);

    await staff.deactivate(member.name);
    await expect(staff.page.getByRole("button", { name: `New invitation link for ${member.name}` })).toHaveCount(0);
    await staff.page.getByRole("button", { name: `Reactivate ${member.name}` }).click();
    await expect(staff.page.getByText(`${member.name} is reactivated but has never set a password`)).toBeVisible();
    await expect(staff.row(member.name)).toContainText("Invited");

    // The first link was superseded, and deactivation revoked the second.
    const stranger = await pageAs(asRole, null);
    await stranger.goto(first);
    await expect(stranger.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  });

  test("works on a phone: the table scrolls inside its box, not the page", async ({ asRole }) => {
    const staff = new StaffPage(await pageAs(asRole, "northsideAdmin", { width: 375, height: 812 }));
    await staff.goto();
    await expect(staff.table()).toBeVisible();
    expect(await staff.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 375 px").toBe(true);
  });

  test("has no serious accessibility violations, with the form's errors and a confirmation showing", async ({ asRole }) => {
    const staff = new StaffPage(await pageAs(asRole, "northsideAdmin"));
    await staff.goto();
    await expectNoSeriousViolations(staff.page);
    await staff.inviteForm().getByRole("button", { name: "Create invitation link" }).click();
    await expect(staff.inviteForm().getByText("Enter the person's full name.")).toBeVisible();
    const member = newClinician();
    await staff.invite(member);
    await staff.page.getByRole("button", { name: `Deactivate ${member.name}` }).click();
    await expect(staff.page.getByRole("group", { name: `Confirm deactivating ${member.name}` })).toBeVisible();
    await expectNoSeriousViolations(staff.page);
  });

  test("clinicians get 404 and no Staff link", async ({ asRole }) => {
    const page = await pageAs(asRole, "northsideClinician");
    const response = await page.goto("/staff");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Staff" })).toHaveCount(0);
  });
});
