import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { getPatientRecord, listPatients } from "./data";
import type { RegistryParams } from "./registry-params";
import { patientIdSchema } from "./schema";

export async function loadPatientRegistry(params: RegistryParams) {
  const { scope } = await requireClinicScope("patients:read");
  return listPatients(scope, params);
}

/**
 * The patient with their portal facts, once per request: the patient page's layout shows both on every
 * tab, so one statement serves loadPatient and loadPortalFacts. 404 for a malformed id or anyone else's patient.
 */
const loadPatientRecord = cache(async (id: string) => {
  const { scope } = await requireClinicScope("patients:read");
  const parsedId = patientIdSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const record = await getPatientRecord(scope, parsedId.data);
  if (!record) notFound();
  return record;
});

/** The patient, for staff of the patient's clinic; 404 for a malformed id or anyone else's patient. */
export const loadPatient = async (id: string) => (await loadPatientRecord(id)).patient;

/** What the patient's portal access is decided from (lib/invitations/loaders.ts checks the caller may see it). */
export const loadPortalFacts = async (id: string) => (await loadPatientRecord(id)).portal;
