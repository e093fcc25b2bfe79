import "server-only";
import type { AuditAction } from "./audit-actions";
import type { AuditChanges } from "./audit-changes";
import type { Tx } from "./db";

export type { AuditAction } from "./audit-actions";

export type AuditEntry = {
  clinicId: string;
  actorId: string;
  patientId?: string;
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** The changed values, minimal (lib/core/audit-changes.ts changedFields); never secrets. */
  changes?: AuditChanges;
};

/**
 * Appends an audit event inside the caller's transaction, so the change and its record commit together.
 * The table is append-only: the database refuses UPDATE, DELETE and TRUNCATE (a trigger).
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const { changes, ...event } = entry;
  await tx.auditEvent.create({ data: { ...event, before: changes?.before, after: changes?.after } });
}
