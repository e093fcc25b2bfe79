import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { ACCOUNTS } from "./fixtures/accounts";
import { recordCountsOf } from "./fixtures/database";
import { expect, test } from "./fixtures/roles";

/**
 * The record leaves Rehabit as one FHIR R4 Bundle: a clinician exports a patient's from the patient
 * page, the patient downloads their own from "My data"; both files arrive, parse and hold the record's
 * resources — the same counts as the database — and nothing of anyone else.
 */
type Bundle = { resourceType: string; type: string; entry: { fullUrl: string; resource: { resourceType: string; id: string; subject?: { reference?: string }; patient?: { reference?: string } } }[] };

async function bundleOf(download: Download): Promise<Bundle> {
  expect(download.suggestedFilename()).toMatch(/^rehabit-.+\.fhir\.json$/);
  return JSON.parse(await readFile((await download.path())!, "utf8")) as Bundle;
}

const countsOf = (bundle: Bundle) => {
  const counts: Record<string, number> = {};
  for (const { resource } of bundle.entry) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  return counts;
};

/** The Bundle holds one Patient, the patient's, and every resource about a patient is about them. */
function expectOnlyPatient(bundle: Bundle, patientId: string) {
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  expect(bundle.entry.filter(({ resource }) => resource.resourceType === "Patient").map(({ resource }) => resource.id)).toEqual([patientId]);
  const subjects = new Set(bundle.entry.flatMap(({ resource }) => [resource.subject?.reference, resource.patient?.reference]).filter((reference) => reference?.startsWith("Patient/")));
  expect([...subjects]).toEqual([`Patient/${patientId}`]);
}

async function download(page: Page, name: string): Promise<Bundle> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return bundleOf(file);
}

test.describe("FHIR export", () => {
  test("a clinician exports Jordan Lee's record and the patient downloads the same record from My data", async ({ asRole }) => {
    const counts = await recordCountsOf(ACCOUNTS.northsidePatient.email);
    const expected = {
      Patient: 1,
      EpisodeOfCare: counts.episodes,
      CarePlan: counts.programs,
      QuestionnaireResponse: counts.completedLefs,
    };

    const clinician = await asRole("northsideClinician");
    await clinician.goto(`/patients/${counts.patientId}/assessments`);
    const exported = await download(clinician, "Export FHIR");
    expectOnlyPatient(exported, counts.patientId);
    expect(countsOf(exported)).toMatchObject(expected);
    expect(countsOf(exported).Observation).toBeGreaterThanOrEqual(counts.logs);

    const patient = await asRole("northsidePatient", { viewport: { width: 375, height: 800 } });
    await patient.goto("/portal");
    await patient.getByRole("link", { name: "My data" }).click();
    await expect(patient.getByRole("heading", { name: "My data", level: 1 })).toBeVisible();
    await expect(patient.getByRole("region", { name: "Assessments" }).getByRole("table")).toHaveCount(counts.assessments);
    await expect(patient.getByRole("region", { name: "Exercise programs" }).getByRole("table")).toHaveCount(counts.programs);
    // Wide tables scroll inside their box on a phone; the page itself does not.
    expect(await patient.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoSeriousViolations(patient);

    const own = await download(patient, "Download my data (FHIR)");
    expectOnlyPatient(own, counts.patientId);
    expect(countsOf(own)).toEqual(countsOf(exported));
  });

  test("another clinic's clinician and another patient get 404 for the record; the signed-out are sent to sign in", async ({ asRole }) => {
    const { patientId } = await recordCountsOf(ACCOUNTS.northsidePatient.email);
    const harbour = await asRole("harbourClinician");
    expect((await harbour.request.get(`/patients/${patientId}/fhir`)).status()).toBe(404);
    expect((await harbour.request.get(`/patients/not-a-uuid/fhir`)).status()).toBe(404);

    // Sam Taylor's own download is Sam's record, never Jordan's.
    const sam = await asRole("harbourPatient");
    const samsFile = await sam.request.get("/portal/my-data/fhir");
    expect(samsFile.status()).toBe(200);
    expect(await samsFile.text()).not.toContain(patientId);
    expect((await sam.request.get(`/patients/${patientId}/fhir`)).status()).toBe(404);

    const signedOut = await asRole(null);
    const response = await signedOut.request.get("/portal/my-data/fhir", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.headers().location).toContain("/login");
  });
});
