import "server-only";
import { issuePasswordLink } from "@/lib/accounts/mutations";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import { selectableTimeZones } from "@/lib/core/time-zones";
import { Prisma } from "@/lib/generated/prisma/client";
import { CLINIC_SETTINGS_SELECT } from "./data";
import { setUpClinicSchema, TIME_ZONE_NOT_LISTED, type SetUpClinicInput, type UpdateClinicSettingsInput } from "./schema";

export type SetUpClinicResult = { clinicId: string; clinicName: string; adminEmail: string; token: string; expiresAt: Date };

const EMAIL_TAKEN = "An account with this e-mail already exists. Use another e-mail for this clinic's first admin.";

/**
 * What `npm run setup` does, the only way a real installation gets a clinic: in one transaction, a new
 * clinic, its first admin as an invited account without a password, and a one-time link (the same
 * mechanism as staff invitations) through which they set one. Never touches an existing clinic: run
 * again, it adds another. Nobody is signed in, so the audit events name the new admin as the actor.
 */
export async function setUpClinic(raw: SetUpClinicInput, now = new Date()): Promise<MutationResult<SetUpClinicResult>> {
  const parsed = setUpClinicSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "_form"), [issue.message]])) };
  const { clinicName, adminEmail, adminName } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      const clinic = await tx.clinic.create({ data: { name: clinicName }, select: { id: true } });
      const admin = await tx.user.create({
        data: { clinicId: clinic.id, email: adminEmail, name: adminName, role: "ADMIN", status: "INVITED" },
        select: { id: true },
      });
      const { token, expiresAt } = await issuePasswordLink(tx, { clinicId: clinic.id, userId: admin.id, purpose: "INVITE", createdById: null }, now);
      await recordAudit(tx, { clinicId: clinic.id, actorId: admin.id, action: "CREATE", entityType: "Clinic", entityId: clinic.id });
      await recordAudit(tx, { clinicId: clinic.id, actorId: admin.id, action: "INVITE", entityType: "User", entityId: admin.id });
      return { ok: true, value: { clinicId: clinic.id, clinicName, adminEmail, token, expiresAt } } as const;
    });
  } catch (error) {
    // The e-mail is unique across the installation: checked by the database, so two runs cannot both take it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, fieldErrors: { adminEmail: [EMAIL_TAKEN] } };
    throw error;
  }
}

/**
 * Saves the caller's own clinic's settings (admins; the action checks clinic:manage) only if they are
 * still at the version the form loaded: otherwise CONFLICT, never a silent overwrite of another admin's
 * save. The changed fields, before and after, go to the audit trail in the same transaction. A save that
 * changes nothing writes nothing and keeps the version. The zone must be one of the list the form offers.
 */
export async function updateClinicSettings(scope: ClinicScope, input: UpdateClinicSettingsInput): Promise<MutationResult<{ version: number }>> {
  const { version, ...fields } = input;
  if (!selectableTimeZones().includes(fields.timeZone)) return { ok: false, fieldErrors: { timeZone: [TIME_ZONE_NOT_LISTED] } };
  return db.$transaction(async (tx) => {
    const { version: _version, ...columns } = CLINIC_SETTINGS_SELECT;
    // Read at the version the update requires: if the update then counts one row, these were the values it replaced.
    const before = await tx.clinic.findFirst({ where: { id: scope.clinicId, version }, select: columns });
    if (!before) throw new AppError("CONFLICT");
    const changes = changedFields(before, fields);
    if (!changes) return { ok: true, value: { version } } as const;
    const { count } = await tx.clinic.updateMany({ where: { id: scope.clinicId, version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new AppError("CONFLICT");
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, action: "UPDATE", entityType: "Clinic", entityId: scope.clinicId, changes });
    return { ok: true, value: { version: version + 1 } } as const;
  });
}
