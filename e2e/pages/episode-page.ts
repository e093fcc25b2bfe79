import type { Page } from "@playwright/test";
import { unique } from "../fixtures/accounts";
import { PatientFormPage } from "./patient-form-page";

/** Registers a new patient and opens an episode of care for them; returns both pages' URLs. */
export async function openEpisodeForNewPatient(page: Page, lastName: string) {
  const suffix = unique();
  const patientUrl = await new PatientFormPage(page).register({
    firstName: "Emery",
    lastName: `${lastName}${suffix}`,
    dateOfBirth: "1998-02-11",
    recordNumber: `EP-${suffix}`,
  });
  await page.goto(patientUrl.replace(/assessments$/, "episodes/new"));
  await page.getByLabel("Diagnosis").fill("Right hamstring strain");
  await page.getByLabel("ICD-10 code").fill("s76.3");
  await page.getByLabel("Onset date").fill("2026-11-01");
  await page.getByRole("button", { name: "Open episode" }).click();
  await page.waitForURL(/\/episodes\/[0-9a-f-]{36}$/);
  return { patientUrl, episodeUrl: page.url() };
}
