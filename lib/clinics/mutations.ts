import "server-only";
import { issuePasswordLink } from "@/lib/accounts/mutations";
import { recordAudit } from "@/lib/core/audit";
import { db } from "@/lib/core/db";
import type { MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { setUpClinicSchema, type SetUpClinicInput } from "./schema";

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
