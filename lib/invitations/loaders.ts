import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadPortalFacts } from "@/lib/patients/loaders";
import { unsafeGetInvitationPage } from "./data";
import { portalAccessState } from "./state";

/** The patient's portal access for the patient page; 404 for anyone else's patient. */
export async function loadPortalAccess(patientId: string) {
  await requireClinicScope("portal:invite");
  return portalAccessState(await loadPortalFacts(patientId), new Date());
}

/** The public invitation page needs no session: the token in its URL is the credential. */
export const loadInvitationPage = cache((token: string) => unsafeGetInvitationPage(token));
