import type { StaffMemberDTO, StaffRole, StaffStatus } from "./types";

export const STAFF_SORTS = ["name", "role", "status", "lastSignIn"] as const;
export type StaffSort = (typeof STAFF_SORTS)[number];

export function isStaffSort(id: string): id is StaffSort {
  return (STAFF_SORTS as readonly string[]).includes(id);
}

const ROLE_ORDER: Record<StaffRole, number> = { ADMIN: 0, CLINICIAN: 1 };
const STATUS_ORDER: Record<StaffStatus, number> = { ACTIVE: 0, INVITED: 1, DEACTIVATED: 2 };
const byName = new Intl.Collator("en", { sensitivity: "base" });

/** Never signed in counts as longest ago: first when ascending, last when descending. */
const signedInAt = (member: StaffMemberDTO) => (member.lastSignInAt ? Date.parse(member.lastSignInAt) : -Infinity);

function compareBy(sort: StaffSort, a: StaffMemberDTO, b: StaffMemberDTO): number {
  switch (sort) {
    case "name":
      return byName.compare(a.name, b.name);
    case "role":
      return ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
    case "status":
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case "lastSignIn": {
      const diff = signedInAt(a) - signedInAt(b);
      return Number.isNaN(diff) ? 0 : diff; // both never: a tie
    }
  }
}

/**
 * The clinic's staff in the order the table shows. A clinic has a handful of staff, so the browser
 * sorts them; ties keep name order (then e-mail, which is unique) whichever way the column is sorted.
 */
export function sortStaff(members: readonly StaffMemberDTO[], sort: StaffSort, desc: boolean): StaffMemberDTO[] {
  const direction = desc ? -1 : 1;
  return [...members].sort(
    (a, b) => direction * compareBy(sort, a, b) || byName.compare(a.name, b.name) || a.email.localeCompare(b.email),
  );
}
