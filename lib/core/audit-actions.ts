/** The closed vocabulary of audited actions (lib/core/audit.ts), shared with the Activity page's filter. */
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "ARCHIVE", "RESTORE", "PHASE_CHANGE", "STATUS_CHANGE", "INVITE", "REVOKE", "REQUEST", "EXPORT"] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
