/**
 * The closed vocabulary of audited actions (lib/core/audit.ts), shared with the Activity page's filter.
 * EXPORT is a patient's whole record leaving (a download, or the FHIR API's $everything); READ is a
 * Patient read or an Observation search through the FHIR API. An API read's actor is the API key.
 * SIGN is a clinician signing a visit note, after which it never changes.
 */
export const AUDIT_ACTIONS = ["CREATE", "UPDATE", "ARCHIVE", "RESTORE", "PHASE_CHANGE", "STATUS_CHANGE", "INVITE", "REVOKE", "REQUEST", "READ", "EXPORT", "SIGN"] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
