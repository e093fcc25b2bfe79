import type { AuditAction } from "@/lib/core/audit-actions";

/** One changed field as the page reads it: "Last name: Oldname → Newname". */
export type ChangeLineDTO = { field: string; before: string; after: string };

/** One audit event as a row of the Activity table. */
export type ActivityRowDTO = {
  /** The event's id (a BIGINT, as text). */
  id: string;
  /** ISO timestamp */
  at: string;
  actor: { id: string; name: string } | null;
  action: AuditAction;
  /** "Patient", "Episode of care" … */
  what: string;
  /** Where the changed record is shown, when there is a page for it. */
  href: string | null;
  patient: { id: string; name: string } | null;
  changes: ChangeLineDTO[];
};

export type ActivityPageDTO = { rows: ActivityRowDTO[]; total: number };

/** The choices of the page's filters: the clinic's staff, and the patient filtered by (named here, never in the URL). */
export type ActivityFiltersDTO = {
  people: { id: string; name: string; role: string }[];
  /** The clinic's FHIR API keys, revoked ones too: their reads are events of their own. */
  apiKeys: { id: string; name: string }[];
  patient: { id: string; name: string } | null;
};
