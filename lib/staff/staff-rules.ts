import type { StaffRole, StaffStatus } from "./types";

/** The roles the staff screen hands out, in the order the invite form offers them. */
export const STAFF_ROLES = ["CLINICIAN", "ADMIN"] as const satisfies readonly StaffRole[];

export type StaffChange = { kind: "role"; role: StaffRole } | { kind: "deactivate" } | { kind: "reactivate" };

export type StaffState = { role: StaffRole; status: StaffStatus };
export type StaffMemberState = StaffState & { id: string; hasPassword: boolean };

export type StaffRefusal = "self-demotion" | "self-deactivation" | "last-admin";

export const STAFF_REFUSAL_MESSAGES: Record<StaffRefusal, string> = {
  "self-demotion": "You cannot remove your own admin role. Ask another admin to do it.",
  "self-deactivation": "You cannot deactivate your own account. Ask another admin to do it.",
  "last-admin": "The clinic must keep at least one active admin. Make someone else an admin first.",
};

/** Only an active admin can sign in and manage the clinic; an invited one has not set a password yet. */
export function isActiveAdmin(state: StaffState): boolean {
  return state.role === "ADMIN" && state.status === "ACTIVE";
}

/**
 * The role and status a change leaves a member with. Changes name the state they want, so repeating
 * one (a double click, two admins at once) changes nothing the second time. Reactivation gives back
 * an account that never set a password as invited, so it still needs a link before anyone can sign in.
 */
export function stateAfter(member: StaffMemberState, change: StaffChange): StaffState {
  switch (change.kind) {
    case "role":
      return { role: change.role, status: member.status };
    case "deactivate":
      return { role: member.role, status: "DEACTIVATED" };
    case "reactivate":
      return { role: member.role, status: member.status !== "DEACTIVATED" ? member.status : member.hasPassword ? "ACTIVE" : "INVITED" };
  }
}

export function changesAnything(member: StaffMemberState, change: StaffChange): boolean {
  const after = stateAfter(member, change);
  return after.role !== member.role || after.status !== member.status;
}

/**
 * What an admin may not do to their own account: the part of the rules the UI can apply by itself
 * (it hides those buttons on the admin's own row). The server applies it again in staffChangeRefusal.
 */
export function selfChangeRefusal(actorId: string, member: Pick<StaffMemberState, "id" | "role">, change: StaffChange): StaffRefusal | null {
  if (member.id !== actorId) return null;
  if (change.kind === "deactivate") return "self-deactivation";
  if (change.kind === "role" && member.role === "ADMIN" && change.role !== "ADMIN") return "self-demotion";
  return null;
}

/**
 * Whether a change is refused, given the clinic's count of active admins read under the clinic's
 * lock (so two concurrent changes cannot both take the count to zero). A change that takes an active
 * admin out of that set must leave at least one other.
 */
export function staffChangeRefusal({
  actorId,
  member,
  change,
  activeAdmins,
}: {
  actorId: string;
  member: StaffMemberState;
  change: StaffChange;
  activeAdmins: number;
}): StaffRefusal | null {
  const self = selfChangeRefusal(actorId, member, change);
  if (self) return self;
  const losesAnAdmin = isActiveAdmin(member) && !isActiveAdmin(stateAfter(member, change));
  if (losesAnAdmin && activeAdmins - 1 < 1) return "last-admin";
  return null;
}

/**
 * Which password link a member can be given: an invitation while they have never set a password, a
 * reset once they are active. A deactivated account gets none: reactivate it first.
 */
export function linkPurposeFor(status: StaffStatus): "INVITE" | "RESET" | null {
  switch (status) {
    case "INVITED":
      return "INVITE";
    case "ACTIVE":
      return "RESET";
    case "DEACTIVATED":
      return null;
  }
}
