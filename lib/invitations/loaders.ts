import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadPatient } from "@/lib/patients/loaders";
import { getPortalAccess, unsafeGetInvitationPage } from "./data";

/** The patient's portal access for the patient page; 404 for anyone else's patient. */
export async function loadPortalAccess(patientId: string) {
  const { scope } = await requireClinicScope("portal:invite");
  const patient = await loadPatient(patientId);
  const access = await getPortalAccess(scope, patient.id);
  if (!access) notFound();
  return access;
}

/** The public invitation page needs no session: the token in its URL is the credential. */
export const loadInvitationPage = cache((token: string) => unsafeGetInvitationPage(token));
