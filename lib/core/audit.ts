import "server-only";
import type { Tx } from "./db";

export type AuditAction =
  | "CREATE"
  | "UPDATE"
  | "ARCHIVE"
  | "RESTORE"
  | "PHASE_CHANGE"
  | "STATUS_CHANGE"
  | "INVITE"
  | "REVOKE"
  | "REQUEST";

export type AuditEntry = {
  clinicId: string;
  actorId: string;
  patientId?: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
};

/** Appends an audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
