import { expectNoSeriousViolations } from "./fixtures/axe";
import { unique } from "./fixtures/accounts";
import { createNorthsideClinician } from "./fixtures/operator";
import { expect, test, type AsRole } from "./fixtures/roles";
import { AccountPage } from "./pages/account-page";
import { InvitationPage } from "./pages/invitation-page";
import { LoginPage } from "./pages/login-page";
import { PatientFormPage } from "./pages/patient-form-page";
import { PortalAccessPanel } from "./pages/portal-access-panel";

const FIRST_PASSWORD = "amber-canyon-meadow";
const SECOND_PASSWORD = "violet-orchard-kettle";


/** A clinician of this test's own, signed in on a fresh browser. */
async function signedInClinician(asRole: AsRole, email: string, password = FIRST_PASSWORD) {
  const page = await asRole(null);
  await page.goto("/login");
  await new LoginPage(page).signIn(email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return page;
}

test.describe("account", () => {
  test.describe.configure({ timeout: 180_000 });

  test("a clinician changes their password: a wrong current one is refused, then the new one works and the old one does not", async ({ asRole }) => {
    const email = `casey.${unique().toLowerCase()}@northside.example`;
    await createNorthsideClinician(email, FIRST_PASSWORD);
    const page = await signedInClinician(asRole, email);
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page);

    const account = new AccountPage(page);
    await account.changePassword("not-my-password", SECOND_PASSWORD);
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await account.changePassword(FIRST_PASSWORD, "password1");
    await expect(page.getByText("This password is one of the most common and easy to guess. Choose another.")).toBeVisible();

    await account.changePassword(FIRST_PASSWORD, SECOND_PASSWORD);
    await expect(page).toHaveURL(/\/login\?passwordChanged=1/);
    await expect(page.getByText("Password changed. You were signed out everywhere")).toBeVisible();
    const login = new LoginPage(page);
    await login.signIn(email, FIRST_PASSWORD);
    await login.expectRejected();
    await login.signIn(email, SECOND_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("Sign out everywhere ends the account's session in another browser on its next page", async ({ asRole }) => {
    const email = `casey.${unique().toLowerCase()}@northside.example`;
    await createNorthsideClinician(email, FIRST_PASSWORD);
    const laptop = await signedInClinician(asRole, email);
    const phone = await signedInClinician(asRole, email);

    await laptop.goto("/account");
    await new AccountPage(laptop).signOutEverywhere();
    await expect(laptop.getByText("You were signed out on every device.")).toBeVisible();

    await phone.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
    await expect(phone).toHaveURL(/\/login/);
    await expect(phone.getByRole("heading", { name: "Sign in" })).toBeVisible();
  });

  test("a clinician gives a portal patient a reset link; the patient sets a new password with it and signs in", async ({ asRole }) => {
    const clinician = await asRole("northsideClinician", { permissions: ["clipboard-read", "clipboard-write"] });
    const suffix = unique();
    await new PatientFormPage(clinician).register({ firstName: "Robin", lastName: `Reset${suffix}`, dateOfBirth: "1994-07-21", recordNumber: `R-${suffix}` });
    const email = `robin.${suffix.toLowerCase()}@patient.example`;
    const panel = new PortalAccessPanel(clinician);
    const invitation = await panel.invite(email);

    const phone = await asRole(null, { viewport: { width: 375, height: 740 } });
    await phone.goto(invitation);
    await new InvitationPage(phone).acceptAndSignIn(email, FIRST_PASSWORD);
    await expect(phone).toHaveURL(/\/portal$/);

    await clinician.reload();
    await panel.section().getByRole("button", { name: "Password reset link" }).click();
    const field = panel.section().getByLabel(/^Link/);
    await expect(field).toHaveValue(/\/set-password\/[A-Za-z0-9_-]{43}$/);
    await expect(panel.section().getByText("E-mail is off: copy the link and give it to the patient yourself.")).toBeVisible();
    const resetLink = await field.inputValue();

    // The patient's open session ends when the new password is set.
    const other = await asRole(null, { viewport: { width: 375, height: 740 } });
    await other.goto(resetLink);
    await expect(other.getByRole("heading", { name: "Set your password" })).toBeVisible();
    await new InvitationPage(other).acceptAndSignIn(email, SECOND_PASSWORD);
    await expect(other).toHaveURL(/\/portal$/);
    await phone.getByRole("link", { name: "Progress" }).click();
    await expect(phone).toHaveURL(/\/login/);
  });

  test("a patient's Account page works on a phone", async ({ asRole }) => {
    const page = await asRole("northsidePatient", { viewport: { width: 375, height: 740 } });
    await page.goto("/portal/account");
    await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out everywhere" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 375 px").toBe(true);
    await expectNoSeriousViolations(page);
  });
});
