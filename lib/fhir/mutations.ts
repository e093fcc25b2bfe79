import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import type { PatientRecord } from "./record";

/** Who took a copy of the record and when: staff exporting it, or the patient downloading their own. */
export async function recordExport(record: PatientRecord, actorId: string): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, { clinicId: record.clinic.id, actorId, patientId: record.patient.id, action: "EXPORT", entityType: "Patient", entityId: record.patient.id }),
  );
}
