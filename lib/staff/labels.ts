import type { StaffRole, StaffStatus } from "./types";

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = { CLINICIAN: "Clinician", ADMIN: "Admin" };
export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = { INVITED: "Invited", ACTIVE: "Active", DEACTIVATED: "Deactivated" };
