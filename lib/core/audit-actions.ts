/**
 * The closed vocabulary of audited actions (lib/core/audit.ts), shared with the Activity page's filter.
 * READ and EXPORT are reads through the FHIR API (a Patient or an Observation search, and $everything),
 * whose actor is the API key.
 */
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "ARCHIVE", "RESTORE", "PHASE_CHANGE", "STATUS_CHANGE", "INVITE", "REVOKE", "REQUEST", "READ", "EXPORT"] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
