import type { StaffChangeDTO } from "@/lib/staff/types";

/** What the admin is told after a role or status change, including what it did to the person's sessions. */
export function changeNotice(kind: "role" | "deactivate" | "reactivate", result: StaffChangeDTO): string {
  const { name } = result;
  switch (kind) {
    case "role": {
      const role = result.role === "ADMIN" ? "an admin" : "a clinician";
      return result.changed ? `${name} is now ${role}. They were signed out and sign in again with the new role.` : `${name} is already ${role}.`;
    }
    case "deactivate":
      return result.changed
        ? `${name} is deactivated and was signed out everywhere. Their pending links no longer work.`
        : `${name} was already deactivated.`;
    case "reactivate":
      if (!result.changed) return `${name} is not deactivated.`;
      return result.status === "ACTIVE"
        ? `${name} is active again and can sign in with their password.`
        : `${name} is reactivated but has never set a password: give them a new invitation link.`;
  }
}
