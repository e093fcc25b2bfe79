import "server-only";
import { passwordLink } from "@/lib/accounts/links";
import { issuePasswordLink, revokePasswordLinks } from "@/lib/accounts/mutations";
import { hashInvitationToken } from "@/lib/core/auth/link-tokens";
import { queuePasswordLinkMail } from "@/lib/mail/mutations";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeStaffRoleInput, InviteStaffInput, StaffMemberInput } from "./schema";
import {
  changesAnything,
  linkPurposeFor,
  STAFF_REFUSAL_MESSAGES,
  STAFF_ROLES,
  staffChangeRefusal,
  stateAfter,
  type StaffChange,
  type StaffMemberState,
} from "./staff-rules";
import type { StaffChangeDTO, StaffRole } from "./types";

const EMAIL_TAKEN: { ok: false; fieldErrors: FieldErrors } = {
  ok: false,
  fieldErrors: { email: ["Another account already uses this e-mail. Enter a different one."] },
};

const refused = (message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { _form: [message] } });

/**
 * Every staff change starts here. Locks the clinic row, so staff changes of one clinic run one at a
 * time and each sees the last one's result: the active-admin count read afterwards cannot be made
 * stale by a concurrent demotion or deactivation. FOR NO KEY UPDATE rather than FOR UPDATE, so rows
 * that merely reference the clinic (patients, audit events) can still be inserted meanwhile.
 * Then checks, under that lock, that the caller is still an active admin of the clinic: the session
 * check ran before the request waited for the lock, and another admin may have demoted them since.
 */
async function lockClinicStaff(tx: Tx, scope: ClinicScope): Promise<void> {
  await tx.$queryRaw`SELECT id FROM clinic WHERE id = ${scope.clinicId}::uuid FOR NO KEY UPDATE`;
  const actor = await tx.user.findFirst({ where: { id: scope.actorId, clinicId: scope.clinicId }, select: { role: true, status: true } });
  // NOT_FOUND, as for any caller without the permission (safe-action.ts).
  if (actor?.role !== "ADMIN" || actor.status !== "ACTIVE") throw new AppError("NOT_FOUND");
}

type Member = StaffMemberState & { name: string; email: string };

/** A staff member of the caller's clinic; another clinic's user, a patient account or a made-up id are NOT_FOUND. */
async function findMember(tx: Tx, scope: ClinicScope, userId: string): Promise<Member> {
  const user = await tx.user.findFirst({
    where: { id: userId, clinicId: scope.clinicId, role: { in: [...STAFF_ROLES] } },
    select: { id: true, name: true, email: true, role: true, status: true, passwordHash: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  const { passwordHash, role, ...rest } = user;
  return { ...rest, role: role as StaffRole, hasPassword: passwordHash !== null };
}

/** The link also by e-mail, queued in the same transaction when SMTP is on (lib/mail). */
async function queueStaffLinkMail(tx: Tx, scope: ClinicScope, link: { to: string; purpose: "INVITE" | "RESET"; token: string; origin: string }): Promise<boolean> {
  return queuePasswordLinkMail(tx, {
    clinicId: scope.clinicId,
    to: link.to,
    purpose: link.purpose === "INVITE" ? "INVITE" : "PASSWORD_RESET",
    link: () => passwordLink(link.origin, link.token),
    clinicName: async () => (await tx.clinic.findUniqueOrThrow({ where: { id: scope.clinicId }, select: { name: true } })).name,
    tokenId: hashInvitationToken(link.token),
  });
}

/**
 * Invites a clinician or admin: a new account, INVITED and without a password, and a one-time link
 * through which they set one. Refuses an e-mail any account already uses, on the e-mail field.
 * Audited (CREATE and INVITE of the User) in the same transaction; returns the token once.
 */
export async function inviteStaff(
  scope: ClinicScope,
  input: InviteStaffInput,
  now = new Date(),
  origin = "",
): Promise<MutationResult<{ userId: string; token: string; expiresAt: string; emailed: boolean }>> {
  try {
    return await db.$transaction(async (tx) => {
      await lockClinicStaff(tx, scope);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) return EMAIL_TAKEN;
      const { id } = await tx.user.create({
        data: { clinicId: scope.clinicId, email: input.email, name: input.name, role: input.role, status: "INVITED" },
        select: { id: true },
      });
      const { token, expiresAt } = await issuePasswordLink(tx, { clinicId: scope.clinicId, userId: id, purpose: "INVITE", createdById: scope.actorId }, now);
      const audit = { clinicId: scope.clinicId, actorId: scope.actorId, entityType: "User", entityId: id } as const;
      await recordAudit(tx, { ...audit, action: "CREATE" });
      await recordAudit(tx, { ...audit, action: "INVITE" });
      const emailed = await queueStaffLinkMail(tx, scope, { to: input.email, purpose: "INVITE", token, origin });
      return { ok: true, value: { userId: id, token, expiresAt: expiresAt.toISOString(), emailed } } as const;
    });
  } catch (error) {
    // Another invitation (or a portal sign-up) took the e-mail between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return EMAIL_TAKEN;
    throw error;
  }
}

/**
 * Applies one change to a staff member under the clinic's lock, after the rules: no self-demotion,
 * no self-deactivation, at least one active admin left. A change to the state the member is already
 * in succeeds and writes nothing, so repeats and concurrent duplicates are harmless. A role change
 * and a deactivation end every session of the member at once (sessionGeneration); a deactivation
 * also revokes their pending password links, first, in the same order setPasswordWithLink takes its
 * locks (link, then user), so the two cannot deadlock.
 */
async function changeStaff(scope: ClinicScope, userId: string, change: StaffChange, now: Date): Promise<MutationResult<StaffChangeDTO>> {
  return db.$transaction(async (tx) => {
    await lockClinicStaff(tx, scope);
    const member = await findMember(tx, scope, userId);
    const activeAdmins = await tx.user.count({ where: { clinicId: scope.clinicId, role: "ADMIN", status: "ACTIVE" } });
    const refusal = staffChangeRefusal({ actorId: scope.actorId, member, change, activeAdmins });
    if (refusal) return refused(STAFF_REFUSAL_MESSAGES[refusal]);

    const after = stateAfter(member, change);
    const result = { name: member.name, ...after };
    if (!changesAnything(member, change)) return { ok: true, value: { ...result, changed: false } } as const;

    if (change.kind === "deactivate") await revokePasswordLinks(tx, scope.clinicId, member.id, now);
    const endsSessions = change.kind !== "reactivate";
    await tx.user.updateMany({
      where: { id: member.id, clinicId: scope.clinicId },
      data: { ...after, ...(endsSessions && { sessionGeneration: { increment: 1 } }) },
    });
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      action: change.kind === "role" ? "UPDATE" : "STATUS_CHANGE",
      entityType: change.kind === "role" ? "UserRole" : "User",
      entityId: member.id,
      changes: changedFields({ role: member.role, status: member.status }, after),
    });
    return { ok: true, value: { ...result, changed: true } } as const;
  });
}

export function changeStaffRole(scope: ClinicScope, input: ChangeStaffRoleInput, now = new Date()) {
  return changeStaff(scope, input.userId, { kind: "role", role: input.role }, now);
}

export function deactivateStaff(scope: ClinicScope, input: StaffMemberInput, now = new Date()) {
  return changeStaff(scope, input.userId, { kind: "deactivate" }, now);
}

export function reactivateStaff(scope: ClinicScope, input: StaffMemberInput, now = new Date()) {
  return changeStaff(scope, input.userId, { kind: "reactivate" }, now);
}

/**
 * A new one-time link for a staff member: an invitation while they have never set a password, a
 * password reset once they are active; either replaces their pending link. Refused for a deactivated
 * account. Audited as INVITE of the User, or REQUEST of a PasswordReset; returns the token once.
 */
export async function issueStaffLink(
  scope: ClinicScope,
  input: StaffMemberInput,
  now = new Date(),
  origin = "",
): Promise<MutationResult<{ name: string; email: string; purpose: "INVITE" | "RESET"; token: string; expiresAt: string; emailed: boolean }>> {
  return db.$transaction(async (tx) => {
    await lockClinicStaff(tx, scope);
    const member = await findMember(tx, scope, input.userId);
    const purpose = linkPurposeFor(member.status);
    if (!purpose) return refused(`Reactivate ${member.name} before giving them a link.`);
    const { token, expiresAt } = await issuePasswordLink(tx, { clinicId: scope.clinicId, userId: member.id, purpose, createdById: scope.actorId }, now);
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      ...(purpose === "INVITE" ? { action: "INVITE", entityType: "User" } : { action: "REQUEST", entityType: "PasswordReset" }),
      entityId: member.id,
    });
    const emailed = await queueStaffLinkMail(tx, scope, { to: member.email, purpose, token, origin });
    return { ok: true, value: { name: member.name, email: member.email, purpose, token, expiresAt: expiresAt.toISOString(), emailed } } as const;
  });
}
