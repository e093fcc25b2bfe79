import { decode, encode } from "next-auth/jwt";
import { ACCOUNTS, PASSWORD, unique } from "./fixtures/accounts";
import { startAppServer } from "./fixtures/app-server";
import { accountByEmail, runSetupCommand } from "./fixtures/operator";
import { repositoryStrings } from "./fixtures/repository-strings";
import { expect, test } from "./fixtures/roles";
import { startTlsProxy } from "./fixtures/tls-proxy";
import { InvitationPage } from "./pages/invitation-page";
import { LoginPage } from "./pages/login-page";
import { PatientFormPage } from "./pages/patient-form-page";

const NEW_PASSWORD = "a-first-admin-passphrase";

test.describe("going live", () => {
  test("the setup command's link lets a new clinic's first admin set a password, once, and sign in to an empty clinic", async ({ page, baseURL }) => {
    test.slow();
    const clinic = `Go-live Physio ${unique()}`;
    const email = `first.admin.${unique().toLowerCase()}@clinic.example`;
    const link = await runSetupCommand(clinic, email, baseURL!);
    expect(link.startsWith(`${baseURL}/set-password/`)).toBe(true);

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Set your password" })).toBeVisible();
    await expect(page.getByText(`to sign in to ${clinic}`)).toBeVisible();
    await new InvitationPage(page).acceptAndSignIn(email, NEW_PASSWORD);
    await expect(page.getByRole("heading", { name: "Caseload", level: 1 })).toBeVisible();

    // The new clinic is empty: none of the demo clinics' patients show.
    await page.goto("/patients");
    await expect(page.getByRole("heading", { name: "Patients", level: 1 })).toBeVisible();
    await expect(page.getByText("No active patients")).toBeVisible();

    // The link worked once.
    await page.context().clearCookies();
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link can't be used" })).toBeVisible();
  });

  test("a session token forged with any string in the repository is refused; one made with the server's own secret is not", async ({ request }) => {
    const serverSecret = process.env.NEXTAUTH_SECRET!;
    const admin = await accountByEmail(ACCOUNTS.northsideAdmin.email);
    const claims = {
      sub: admin.id,
      name: admin.name,
      role: admin.role,
      clinicId: admin.clinicId,
      patientId: null,
      signedInAt: Math.floor(Date.now() / 1000),
      sessionGeneration: admin.sessionGeneration,
    } as Parameters<typeof encode>[0]["token"];
    const registryWith = (token: string) =>
      request.get("/patients", { headers: { cookie: `next-auth.session-token=${token}` }, maxRedirects: 0 });

    // The control: the test can tell an accepted token from a refused one.
    const genuine = await registryWith(await encode({ token: claims, secret: serverSecret }));
    expect(genuine.status()).toBe(200);

    const candidates = repositoryStrings();
    expect(candidates.length).toBeGreaterThan(1000);
    expect(candidates.includes(serverSecret), "the server's session secret is written in the repository").toBe(false);
    // Every candidate: the server's secret cannot open a token sealed with it.
    const opened: string[] = [];
    for (const candidate of candidates) {
      const forged = await encode({ token: claims, secret: candidate });
      if (await decode({ token: forged, secret: serverSecret }).catch(() => null)) opened.push(candidate);
    }
    expect(opened).toEqual([]);
    // And over HTTP for the ones that look most like secrets, the way an attacker would try them.
    const likely = candidates.filter((candidate) => /secret|password|key|token/i.test(candidate) && candidate.length >= 12).slice(0, 60);
    for (const candidate of likely) {
      const response = await registryWith(await encode({ token: claims, secret: candidate }));
      expect(response.status(), candidate).toBe(307);
      expect(response.headers().location).toContain("/login");
    }
  });

  test("over HTTPS, signing out removes the __Secure- session cookie and the portal sends the visitor to sign in", async ({ asRole }) => {
    test.slow();
    const appPort = 3190;
    const proxy = await startTlsProxy(3443, appPort);
    const server = await startAppServer(appPort, { NEXTAUTH_URL: proxy.url });
    const page = await asRole(null, { baseURL: proxy.url, ignoreHTTPSErrors: true });
    try {
      await page.goto("/login");
      await new LoginPage(page).signIn(ACCOUNTS.harbourPatient.email, PASSWORD);
      await expect(page).toHaveURL(/\/portal$/);
      const sessionCookie = async () => (await page.context().cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
      expect(await sessionCookie()).toMatchObject({ name: "__Secure-next-auth.session-token", secure: true });

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/login/);
      expect(await sessionCookie()).toBeUndefined();
      await page.goto("/portal");
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fportal/);
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    } finally {
      // Closed before the servers stop, not after them as asRole would: the proxy's close waits for the browser's open connections.
      await page.context().close();
      await server.stop();
      await proxy.close();
    }
  });

  test("a link made while the clinician uses another address than the configured public URL says so", async ({ asRole, baseURL }) => {
    test.slow();
    // The server's public URL is http://localhost:<port>; this clinician opened http://127.0.0.1:<port>.
    const otherAddress = baseURL!.replace("localhost", "127.0.0.1");
    const page = await asRole(null, { baseURL: otherAddress });
    await page.goto("/login");
    await new LoginPage(page).signIn(ACCOUNTS.northsideClinician.email);
    await expect(page).toHaveURL(/\/dashboard$/);
    const suffix = unique();
    await new PatientFormPage(page).register({ firstName: "Lee", lastName: `Elsewhere${suffix}`, dateOfBirth: "1990-02-03", recordNumber: `G-${suffix}` });
    const panel = page.getByRole("region", { name: "Portal access" });
    await panel.getByRole("button", { name: "Invite to portal" }).click();
    await panel.getByLabel("Sign-in e-mail").fill(`lee.${suffix.toLowerCase()}@patient.example`);
    await panel.getByRole("button", { name: "Create invitation link" }).click();
    await expect(panel.getByLabel(/^Link/)).toHaveValue(new RegExp(`^${baseURL}/invite/`));
    await expect(panel.getByRole("note")).toContainText(`This link opens ${baseURL}, but you are using ${otherAddress}`);
  });
});
