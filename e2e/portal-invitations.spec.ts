import { unique } from "./fixtures/accounts";
import { insertInvitation } from "./fixtures/database";
import { expect, test, type AsRole } from "./fixtures/roles";
import { InvitationPage } from "./pages/invitation-page";
import { PatientFormPage } from "./pages/patient-form-page";
import { PortalAccessPanel } from "./pages/portal-access-panel";

const PASSWORD = "my-new-portal-password";

/** A clinician (allowed to use the clipboard) and a new patient of theirs without portal access. */
async function clinicianWithNewPatient(asRole: AsRole) {
  const page = await asRole("northsideClinician", { permissions: ["clipboard-read", "clipboard-write"] });
  const suffix = unique();
  const url = await new PatientFormPage(page).register({ firstName: "Robin", lastName: `Invited${suffix}`, dateOfBirth: "1995-04-12", recordNumber: `P-${suffix}` });
  const patientId = url.match(/patients\/([0-9a-f-]{36})/)![1]!;
  return { page, patientId, email: `robin.${suffix.toLowerCase()}@patient.example`, panel: new PortalAccessPanel(page) };
}

/** A browser with nobody signed in, as the patient's own phone would be. */
const freshPage = (asRole: AsRole) => asRole(null, { viewport: { width: 375, height: 740 } });

test.describe("portal invitations", () => {
  // Each test drives two browsers through several bcrypt-hashed sign-ins and password sets.
  test.describe.configure({ timeout: 180_000 });

  test("invite → set password → sign in; the same link is refused the second time", async ({ asRole }) => {
    const { page, email, panel } = await clinicianWithNewPatient(asRole);
    await expect(panel.section()).toContainText("No portal access.");
    const link = await panel.invite(email);
    await expect(panel.section()).toContainText(`Invitation pending for ${email}, expires`);
    await expect(panel.section()).toContainText("72 hours");

    const patient = await freshPage(asRole);
    await patient.goto(link);
    await expect(patient.getByRole("heading", { name: "Set your password" })).toBeVisible();
    await expect(patient.getByText("For Robin at Northside Physio.")).toBeVisible();
    expect(await patient.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scrolling at 375 px").toBe(true);
    const invitation = new InvitationPage(patient);
    await invitation.setPassword(PASSWORD, "something-else");
    await expect(patient.getByText("The two passwords do not match.")).toBeVisible();
    await invitation.setPassword("short");
    await expect(patient.getByText("Use at least 8 characters.")).toBeVisible();

    await invitation.acceptAndSignIn(email, PASSWORD);
    await expect(patient).toHaveURL(/\/portal$/);
    await expect(patient.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();

    const again = await freshPage(asRole);
    await again.goto(link);
    await new InvitationPage(again).expectRefused();

    await page.reload();
    await expect(panel.section()).toContainText(`Active as ${email}`);
  });

  test("expired invitation refused", async ({ asRole }) => {
    const { page, patientId, email, panel } = await clinicianWithNewPatient(asRole);
    const token = await insertInvitation(patientId, email, 73);

    const patient = await freshPage(asRole);
    await patient.goto(`/invite/${token}`);
    await new InvitationPage(patient).expectRefused();
    // An unknown token reads exactly the same, so the page tells nothing apart.
    await patient.goto(`/invite/${"x".repeat(43)}`);
    await new InvitationPage(patient).expectRefused();

    await page.reload();
    await expect(panel.section()).toContainText("Invitation expired");
    await expect(panel.section().getByRole("button", { name: "Invite to portal" })).toBeVisible();
  });

  test("after access is revoked, the patient's next page load is the sign-in page, not their data", async ({ asRole }) => {
    const { email, panel } = await clinicianWithNewPatient(asRole);
    const link = await panel.invite(email);
    const patient = await freshPage(asRole);
    await patient.goto(link);
    await new InvitationPage(patient).acceptAndSignIn(email, PASSWORD);
    await expect(patient.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();

    await panel.section().page().reload();
    await panel.revoke();

    // Revoking ends the patient's sessions (their session generation moves on): the next page load is
    // the sign-in page, and a later invitation cannot revive this cookie.
    await patient.reload();
    await expect(patient).toHaveURL(/\/login/);
    await expect(patient.getByRole("heading", { name: "Hello, Robin" })).toHaveCount(0);
    await expect(patient.getByRole("heading", { name: "Sign in" })).toBeVisible();

    // Invited again, the patient signs in afresh; the cookie from before the revocation stays dead.
    const again = await panel.invite(email);
    const newPhone = await freshPage(asRole);
    await newPhone.goto(again);
    await new InvitationPage(newPhone).acceptAndSignIn(email, PASSWORD);
    await expect(newPhone.getByRole("heading", { name: "Hello, Robin" })).toBeVisible();
    await patient.goto("/portal");
    await expect(patient).toHaveURL(/\/login/);
  });

  test("a new link replaces a pending one, and an e-mail used by staff is refused on its field", async ({ asRole }) => {
    const { email, panel } = await clinicianWithNewPatient(asRole);
    const section = panel.section();
    await section.getByRole("button", { name: "Invite to portal" }).click();
    await section.getByLabel("Sign-in e-mail").fill("ben.okafor@northside.example");
    await section.getByRole("button", { name: "Create invitation link" }).click();
    await expect(section.getByText("Another account already uses this e-mail. Enter a different one.")).toBeVisible();
    await expect(section.getByLabel("Sign-in e-mail")).toHaveAttribute("aria-invalid", "true");
    await section.getByRole("button", { name: "Cancel" }).click();

    const first = await panel.invite(email);
    await section.getByRole("button", { name: "Done" }).click();
    await section.getByRole("button", { name: "Make a new link" }).click();
    await expect(section.getByLabel("Sign-in e-mail")).toHaveValue(email);
    await section.getByRole("button", { name: "Create invitation link" }).click();
    await expect(section.getByLabel(/^Link/)).not.toHaveValue(first);

    const patient = await freshPage(asRole);
    await patient.goto(first);
    await new InvitationPage(patient).expectRefused();
  });
});
