/**
 * Who may do what, by role. Every loader, action and route handler names the permission it needs;
 * hiding a button in the UI is never the only check.
 */
export const ROLES = ["ADMIN", "CLINICIAN", "PATIENT"] as const;
export type Role = (typeof ROLES)[number];

const GRANTS = {
  "patients:read": ["ADMIN", "CLINICIAN"],
  "patients:write": ["ADMIN", "CLINICIAN"],
  "assessments:read": ["ADMIN", "CLINICIAN"],
  "assessments:write": ["ADMIN", "CLINICIAN"],
  "episodes:read": ["ADMIN", "CLINICIAN"],
  "episodes:write": ["ADMIN", "CLINICIAN"],
  "programs:read": ["ADMIN", "CLINICIAN"],
  "programs:write": ["ADMIN", "CLINICIAN"],
  "templates:write": ["ADMIN"],
  /** A clinic's own exercises beside the shared library; clinicians only read them. */
  "exercises:write": ["ADMIN"],
  /** Invite a patient to the portal, or revoke their access. */
  "portal:invite": ["ADMIN", "CLINICIAN"],
  /** The patient's exercise logs, cramp diary and questionnaires; asking for a LEFS. */
  "diary:read": ["ADMIN", "CLINICIAN"],
  "diary:request": ["ADMIN", "CLINICIAN"],
  /** Progress charts and the caseload dashboard. */
  "progress:read": ["ADMIN", "CLINICIAN"],
  /** Visit notes: staff read them; only clinicians write, sign and add addenda (a clinical record, not an admin task). */
  "visit-notes:read": ["ADMIN", "CLINICIAN"],
  "visit-notes:write": ["CLINICIAN"],
  "portal:self": ["PATIENT"],
  /** Invite staff, change their role, deactivate and reactivate them, issue their password links. */
  "staff:manage": ["ADMIN"],
  /** The clinic's audit trail (the Activity page). */
  "audit:read": ["ADMIN"],
  /** Create and revoke the clinic's FHIR API keys. */
  "api-keys:manage": ["ADMIN"],
  /** The clinic's outgoing e-mail: what was sent, what waits, and sending again what was not delivered. */
  "mail:manage": ["ADMIN"],
  /** The clinic's settings: its name, time zone and default visit lengths. */
  "clinic:manage": ["ADMIN"],
  /** Visits: a clinician's own diary (day and week views), booking, moving, cancelling, marking attendance. */
  "appointments:read": ["ADMIN", "CLINICIAN"],
  "appointments:write": ["ADMIN", "CLINICIAN"],
  /** Every clinician's diary in the clinic, not only one's own: view and book, move, cancel, mark in it. */
  "appointments:all-clinicians": ["ADMIN"],
  /** One's own account: change one's password, sign out everywhere. */
  "account:self": ["ADMIN", "CLINICIAN", "PATIENT"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof GRANTS;
export const PERMISSIONS = Object.keys(GRANTS) as [Permission, ...Permission[]];

export function can(role: Role, permission: Permission): boolean {
  return (GRANTS[permission] as readonly Role[]).includes(role);
}

export function isStaff(role: Role): boolean {
  return role === "ADMIN" || role === "CLINICIAN";
}

/** Where a signed-in user starts: staff on the caseload dashboard, patients on their portal. */
export function homePathFor(role: Role): string {
  return isStaff(role) ? "/dashboard" : "/portal";
}
