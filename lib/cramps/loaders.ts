import "server-only";
import { requirePatientScope } from "@/lib/core/auth/session";
import { listOwnCramps, OWN_CRAMP_LIMIT } from "./data";

/** The portal's cramp diary: the signed-in patient's own cramps (404 for anyone else). */
export async function loadCrampDiary() {
  const { scope } = await requirePatientScope();
  return { ...(await listOwnCramps(scope)), limit: OWN_CRAMP_LIMIT };
}
