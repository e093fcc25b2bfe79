import type { Page } from "@playwright/test";
import { unique, type AccountKey } from "./fixtures/accounts";
import { expect, recordActionCalls, test, type AsRole } from "./fixtures/roles";
import { RegistryPage } from "./pages/registry-page";

/** The URL of a seeded patient's page, found through the registry of that patient's own clinic. */
async function patientUrl(asRole: AsRole, account: AccountKey, name: string): Promise<string> {
  const page = await asRole(account);
  const registry = new RegistryPage(page);
  await registry.goto();
  await registry.search(name);
  await registry.rows().first().getByRole("link").click();
  await page.waitForURL(/\/patients\/[0-9a-f-]{36}\/assessments$/);
  return page.url();
}

async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

test.describe("authorization", () => {
  test("a clinician opening another clinic's patient gets 404 on every tab", async ({ asRole }) => {
    const harbourPatient = await patientUrl(asRole, "harbourClinician", "Sam Taylor");
    const northside = await asRole("northsideClinician");
    for (const suffix of ["", "/assessments", "/episodes", "/progress", "/diary", "/edit"]) {
      await expectNotFound(northside, harbourPatient.replace(/\/assessments$/, suffix));
    }
  });

  test("a malformed patient id answers 404", async ({ asRole }) => {
    const page = await asRole("northsideClinician");
    await expectNotFound(page, "/patients/not-a-uuid");
    await expectNotFound(page, "/patients/00000000-0000-4000-8000-000000000000");
  });

  test("a patient cannot open the registry, clinician screens, or another patient's page", async ({ asRole }) => {
    const otherPatient = await patientUrl(asRole, "northsideClinician", "Lee, Jordan");
    const patient = await asRole("harbourPatient");
    await expectNotFound(patient, "/patients");
    await expectNotFound(patient, "/patients/new");
    await expectNotFound(patient, "/dashboard");
    await expectNotFound(patient, otherPatient);
    // Even their own record on the clinician side is out of reach: the portal is their only door.
    const ownRecord = await patientUrl(asRole, "harbourClinician", "Sam Taylor");
    await expectNotFound(patient, ownRecord);
  });

  test("a random, foreign or malformed nested id under one's own patient answers a real 404", async ({ asRole }) => {
    test.slow();
    const jordan = new URL(await patientUrl(asRole, "northsideClinician", "Lee, Jordan")).pathname.replace(/\/assessments$/, "");
    const page = await asRole("northsideClinician");
    const firstEpisodePath = async (on: Page, patientPath: string) => {
      await on.goto(`${patientPath}/episodes`);
      return on.locator(`a[href^="${patientPath}/episodes/"]:not([href$="/new"])`).first().getAttribute("href");
    };
    const episodeHref = await firstEpisodePath(page, jordan);
    expect(episodeHref).toMatch(/\/episodes\/[0-9a-f-]{36}$/);
    const random = "00000000-0000-4000-8000-000000000000";
    for (const nested of [
      `/episodes/${random}`,
      `/episodes/${random}/program`,
      `/episodes/${random}/program/print`,
      `/episodes/${random}/program/versions/1`,
      `${episodeHref!.slice(jordan.length)}/program/versions/99999999999`,
      `${episodeHref!.slice(jordan.length)}/program/versions/not-a-number`,
      `/assessments/${random}`,
      `/assessments/${random}/edit`,
      `/assessments/not-a-uuid`,
      "/assessments/compare?a=x&b=y",
      `/assessments/compare?a=${random}&b=${random}`,
    ]) {
      await expectNotFound(page, `${jordan}${nested}`);
    }
    // Another clinic's episode under one's own patient is no different from a random id.
    const harbour = new URL(await patientUrl(asRole, "harbourClinician", "Sam Taylor")).pathname.replace(/\/assessments$/, "");
    const harbourPage = await asRole("harbourClinician");
    const foreignEpisode = await firstEpisodePath(harbourPage, harbour);
    expect(foreignEpisode).toMatch(/\/episodes\/[0-9a-f-]{36}$/);
    await expectNotFound(page, `${jordan}${foreignEpisode!.slice(harbour.length)}`);
  });

  test("a clinician cannot open the patient portal", async ({ asRole }) => {
    await expectNotFound(await asRole("northsideClinician"), "/portal");
  });

  test("a patient calling the clinician's create-patient action is refused and nothing is stored", async ({ asRole, replayActionAs }) => {
    // Capture a real create-patient action call as a clinician makes it…
    const clinician = await asRole("northsideClinician");
    await clinician.goto("/patients/new");
    const suffix = unique();
    const calls = await recordActionCalls(clinician, { block: true });
    await clinician.getByLabel("First name").fill("Mallory");
    await clinician.getByLabel("Last name").fill(`Injected${suffix}`);
    await clinician.getByLabel("Date of birth").fill("1990-01-01");
    await clinician.getByLabel("Record number").fill(`X-${suffix}`);
    await clinician.getByRole("button", { name: "Register patient" }).click();
    await expect.poll(() => calls[0]).toBeDefined();

    // …then replay it with a patient's session.
    const replayed = await replayActionAs("harbourPatient", "/patients/new", calls[0]!);
    expect(replayed.text).toContain("does not exist or you do not have access");

    const registry = new RegistryPage(clinician);
    await registry.goto();
    await registry.search(`Injected${suffix}`);
    await expect(clinician.getByText(/No active patients match/)).toBeVisible();
  });
});
