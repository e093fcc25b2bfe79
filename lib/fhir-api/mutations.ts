import "server-only";
import { recordAudit, type AuditAction } from "@/lib/core/audit";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";

export type ApiRead = { action: Extract<AuditAction, "READ">; entityType: "Patient" | "Observation"; patientId: string };

/**
 * Audits one read through the FHIR API (a Patient, an Observation search; $everything is an EXPORT,
 * lib/fhir/mutations.ts) before its answer is sent: the actor is the API key (the
 * scope's actorId), the entity the patient whose record was read. A read that cannot be audited is
 * not answered (the error propagates to a 500).
 */
export async function recordApiRead(scope: ClinicScope, read: ApiRead): Promise<void> {
  await recordAudit(db, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: read.patientId, action: read.action, entityType: read.entityType, entityId: read.patientId });
}
