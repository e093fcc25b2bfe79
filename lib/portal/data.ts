import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";

/** The signed-in patient's own summary; scoped by the session's patient id, never by a URL or form. */
export async function getOwnSummary(scope: PatientScope) {
  return db.patient.findFirst({
    where: { id: scope.patientId, clinicId: scope.clinicId, status: "ACTIVE" },
    select: { firstName: true, lastName: true, clinic: { select: { name: true } } },
  });
}
