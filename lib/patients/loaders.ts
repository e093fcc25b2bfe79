import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { getPatient, listPatients } from "./data";
import type { RegistryParams } from "./registry-params";
import { patientIdSchema } from "./schema";

export async function loadPatientRegistry(params: RegistryParams) {
  const { scope } = await requireClinicScope("patients:read");
  return listPatients(scope, params);
}

/** The patient, for staff of the patient's clinic; 404 for a malformed id or anyone else's patient. */
export const loadPatient = cache(async (id: string) => {
  const { scope } = await requireClinicScope("patients:read");
  const parsedId = patientIdSchema.safeParse(id);
  if (!parsedId.success) notFound();
  const patient = await getPatient(scope, parsedId.data);
  if (!patient) notFound();
  return patient;
});
