import "server-only";
import { passwordLink } from "@/lib/accounts/links";
import { issuePasswordLink } from "@/lib/accounts/mutations";
import { queuePasswordLinkMail } from "@/lib/mail/mutations";
import { recordAudit } from "@/lib/core/audit";
import { hashPassword } from "@/lib/core/auth/password";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { accountForInvitation } from "./accounts";
import { invitationLink } from "./links";
import type { AcceptInvitationInput, InvitePatientInput, PatientPasswordResetInput, RevokePortalAccessInput } from "./schema";
import { invitationExpiry, invitationState } from "@/lib/core/auth/link-state";
import { UNUSABLE_INVITATION_MESSAGE } from "./state";
import { generateInvitationToken, hashInvitationToken, isTokenShaped } from "@/lib/core/auth/link-tokens";

type LockedPatient = { status: "ACTIVE" | "ARCHIVED"; portalUserId: string | null };

/**
 * Locks the patient row for the rest of the transaction. Inviting, revoking and accepting all lock
 * the patient first and the invitations after, in that order, so they run one at a time per patient
 * (no two pending invitations, no accept racing a revoke) and can never deadlock each other.
 */
async function lockPatient(tx: Tx, clinicId: string, patientId: string): Promise<LockedPatient | null> {
  const rows = await tx.$queryRaw<LockedPatient[]>`
    SELECT status::text AS "status", portal_user_id::text AS "portalUserId"
    FROM patient WHERE id = ${patientId}::uuid AND clinic_id = ${clinicId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}

async function findAccount(tx: Tx, email: string) {
  const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, clinicId: true, patient: { select: { id: true } } } });
  return user && { id: user.id, role: user.role, clinicId: user.clinicId, linkedPatientId: user.patient?.id ?? null };
}

/**
 * Invites a patient of the caller's clinic to the portal: a new one-time link, valid for
 * INVITATION_VALID_HOURS, that supersedes (revokes) any pending one. Returns the token once; only its
 * hash is stored. Refuses an archived patient, one who already has access, and an e-mail that
 * belongs to another account.
 */
export async function invitePatient(
  scope: ClinicScope,
  input: InvitePatientInput,
  now = new Date(),
  origin = "",
): Promise<MutationResult<{ token: string; email: string; expiresAt: string; emailed: boolean }>> {
  return db.$transaction(async (tx) => {
    const patient = await lockPatient(tx, scope.clinicId, input.patientId);
    if (!patient) throw new AppError("NOT_FOUND");
    if (patient.status !== "ACTIVE") return { ok: false, fieldErrors: { _form: ["Restore the patient before inviting them to the portal."] } };
    if (patient.portalUserId) return { ok: false, fieldErrors: { _form: ["This patient already has portal access."] } };
    if (accountForInvitation(await findAccount(tx, input.email), scope.clinicId, input.patientId) === "taken") {
      return { ok: false, fieldErrors: { email: ["Another account already uses this e-mail. Enter a different one."] } };
    }

    const pending = await tx.portalInvitation.findMany({
      where: { clinicId: scope.clinicId, patientId: input.patientId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    await revokeInvitations(tx, scope, input.patientId, pending, now);

    const { token, tokenHash } = generateInvitationToken();
    const expiresAt = invitationExpiry(now);
    const invitation = await tx.portalInvitation.create({
      data: { clinicId: scope.clinicId, patientId: input.patientId, tokenHash, email: input.email, createdById: scope.actorId, createdAt: now, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: input.patientId, action: "INVITE", entityType: "PortalInvitation", entityId: invitation.id });
    // Queued with the invitation (when SMTP is on): a rolled-back invitation sends nothing.
    const emailed = await queuePasswordLinkMail(tx, {
      clinicId: scope.clinicId,
      to: input.email,
      purpose: "INVITE",
      link: () => invitationLink(origin, token),
      clinicName: async () => (await tx.clinic.findUniqueOrThrow({ where: { id: scope.clinicId }, select: { name: true } })).name,
      tokenId: invitation.id,
    });
    return { ok: true, value: { token, email: input.email, expiresAt: expiresAt.toISOString(), emailed } } as const;
  });
}

async function revokeInvitations(tx: Tx, scope: ClinicScope, patientId: string, invitations: { id: string }[], now: Date) {
  if (!invitations.length) return;
  await tx.portalInvitation.updateMany({ where: { id: { in: invitations.map(({ id }) => id) }, clinicId: scope.clinicId }, data: { revokedAt: now } });
  for (const { id } of invitations) {
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId, action: "REVOKE", entityType: "PortalInvitation", entityId: id });
  }
}

/**
 * Ends a patient's portal access: unlinks the account (the User row stays, so audit events keep
 * pointing at it; sign-in refuses a portal account with no patient) and revokes its invitations — the
 * pending one and the used one, which is how the patient page knows access was revoked. The
 * session check (patientScopeOf) reads the link on every request, so access ends at once.
 * Idempotent: a repeat changes and audits nothing.
 */
export async function revokePortalAccess(scope: ClinicScope, input: RevokePortalAccessInput, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const patient = await lockPatient(tx, scope.clinicId, input.patientId);
    if (!patient) throw new AppError("NOT_FOUND");
    if (patient.portalUserId) {
      await tx.patient.updateMany({ where: { id: input.patientId, clinicId: scope.clinicId }, data: { portalUserId: null } });
      // Ends the patient's open sessions, so re-inviting them later cannot revive an old cookie.
      await tx.user.updateMany({ where: { id: patient.portalUserId, clinicId: scope.clinicId }, data: { sessionGeneration: { increment: 1 } } });
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: input.patientId, action: "REVOKE", entityType: "User", entityId: patient.portalUserId });
    }
    // Long-expired, never-used links are left as they are: they changed nothing and can do nothing.
    const open = await tx.portalInvitation.findMany({
      where: { clinicId: scope.clinicId, patientId: input.patientId, revokedAt: null, OR: [{ usedAt: { not: null } }, { expiresAt: { gt: now } }] },
      select: { id: true },
    });
    await revokeInvitations(tx, scope, input.patientId, open, now);
  });
}

const UNUSABLE: { ok: false; fieldErrors: FieldErrors } = { ok: false, fieldErrors: { _form: [UNUSABLE_INVITATION_MESSAGE] } };

/**
 * The patient sets their password through an invitation link. In one transaction: the invitation is
 * claimed with a conditional update (still unused, unrevoked and unexpired), so of two concurrent
 * uses exactly one succeeds; the portal account is created, or the patient's earlier account is
 * relinked with the new password; both are audited with the account as the actor. Every reason a
 * link cannot be used gets the same answer.
 */
export async function acceptInvitation(input: AcceptInvitationInput, now = new Date()): Promise<MutationResult<{ email: string }>> {
  if (!isTokenShaped(input.token)) return UNUSABLE;
  const invitation = await db.portalInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(input.token) },
    select: {
      id: true,
      clinicId: true,
      patientId: true,
      email: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      patient: { select: { firstName: true, lastName: true } },
    },
  });
  if (!invitation || invitationState(invitation, now) !== "pending") return UNUSABLE;
  // Hashed before the transaction: bcrypt is slow on purpose and must not hold the patient's lock.
  const passwordHash = await hashPassword(input.password);
  const { id, clinicId, patientId, email } = invitation;

  try {
    return await db.$transaction(async (tx) => {
      const patient = await lockPatient(tx, clinicId, patientId);
      if (!patient || patient.status !== "ACTIVE" || patient.portalUserId) return UNUSABLE;
      const existing = await findAccount(tx, email);
      const plan = accountForInvitation(existing, clinicId, patientId);
      if (plan === "taken") return UNUSABLE;

      const claimed = await tx.portalInvitation.updateMany({
        where: { id, clinicId, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return UNUSABLE;

      const name = `${invitation.patient.firstName} ${invitation.patient.lastName}`;
      const userId =
        plan === "relink" && existing
          ? (await tx.user.update({ where: { id: existing.id }, data: { passwordHash, name }, select: { id: true } })).id
          : (await tx.user.create({ data: { clinicId, email, name, role: "PATIENT", passwordHash }, select: { id: true } })).id;
      await tx.patient.updateMany({ where: { id: patientId, clinicId }, data: { portalUserId: userId } });

      const audit = { clinicId, actorId: userId, patientId } as const;
      await recordAudit(tx, { ...audit, action: "UPDATE", entityType: "PortalInvitation", entityId: id });
      await recordAudit(tx, { ...audit, action: plan === "relink" ? "UPDATE" : "CREATE", entityType: "User", entityId: userId });
      return { ok: true, value: { email } } as const;
    });
  } catch (error) {
    // Another invitation with the same e-mail created the account a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return UNUSABLE;
    throw error;
  }
}

/**
 * A one-time link for a patient of the caller's clinic to choose a new portal password (they forgot
 * it, or it may be known to someone else). Only for an active patient with portal access; a newer link
 * supersedes this one, and using it ends the patient's other sessions. Audited.
 */
export async function issuePatientPasswordReset(
  scope: ClinicScope,
  input: PatientPasswordResetInput,
  now = new Date(),
  origin = "",
): Promise<MutationResult<{ token: string; email: string; expiresAt: string; emailed: boolean }>> {
  return db.$transaction(async (tx) => {
    const patient = await lockPatient(tx, scope.clinicId, input.patientId);
    if (!patient) throw new AppError("NOT_FOUND");
    if (patient.status !== "ACTIVE") return { ok: false, fieldErrors: { _form: ["Restore the patient before resetting their portal password."] } };
    if (!patient.portalUserId) return { ok: false, fieldErrors: { _form: ["This patient has no portal account: invite them instead."] } };
    const account = await tx.user.findFirstOrThrow({ where: { id: patient.portalUserId, clinicId: scope.clinicId }, select: { email: true, clinic: { select: { name: true } } } });
    const { token, expiresAt } = await issuePasswordLink(tx, { clinicId: scope.clinicId, userId: patient.portalUserId, purpose: "RESET", createdById: scope.actorId }, now);
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId: input.patientId, action: "REQUEST", entityType: "PasswordReset", entityId: patient.portalUserId });
    const emailed = await queuePasswordLinkMail(tx, {
      clinicId: scope.clinicId,
      to: account.email,
      purpose: "PASSWORD_RESET",
      link: () => passwordLink(origin, token),
      clinicName: () => account.clinic.name,
      tokenId: hashInvitationToken(token),
    });
    return { ok: true, value: { token, email: account.email, expiresAt: expiresAt.toISOString(), emailed } } as const;
  });
}
