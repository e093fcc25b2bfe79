import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { crampSelect, toCrampDTO } from "./cramp-dto";
import type { CrampDTO } from "./types";

/** The portal lists this many of the patient's newest cramps. */
export const OWN_CRAMP_LIMIT = 50;

/** The signed-in patient's own cramps, newest first; scoped by the session's patient, never by input. */
export async function listOwnCramps(scope: PatientScope): Promise<{ rows: CrampDTO[]; total: number }> {
  const where = { clinicId: scope.clinicId, patientId: scope.patientId };
  const [records, total] = await Promise.all([
    db.crampEntry.findMany({ where, orderBy: [{ onsetAt: "desc" }, { id: "desc" }], take: OWN_CRAMP_LIMIT, select: crampSelect }),
    db.crampEntry.count({ where }),
  ]);
  return { rows: records.map(toCrampDTO), total };
}
