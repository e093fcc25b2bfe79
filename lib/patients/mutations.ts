import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import { todayIn } from "@/lib/core/dates";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { BIRTH_DATE_IN_FUTURE, type PatientFields, type SetPatientArchivedInput, type UpdatePatientInput } from "./schema";
import { patientColumns } from "./patient-columns";

const DUPLICATE_RECORD_NUMBER: { ok: false; fieldErrors: FieldErrors } = {
  ok: false,
  fieldErrors: { recordNumber: ["Another patient in this clinic already has this record number."] },
};

/** The form checks "not after the latest day anywhere"; the clinic's own today is checked here. */
function birthDateRefusal(fields: PatientFields, today: string): { ok: false; fieldErrors: FieldErrors } | null {
  return fields.dateOfBirth > today ? { ok: false, fieldErrors: { dateOfBirth: [BIRTH_DATE_IN_FUTURE] } } : null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export const ARCHIVED_PATIENT_READ_ONLY = "This patient is archived, so their record is read-only. Restore the patient to add to it.";

/**
 * For every clinical write about a patient (assessments, episodes, programs): NOT_FOUND outside the
 * caller's clinic, a form refusal while the patient is archived. Holds a share lock on the patient
 * row to the end of the caller's transaction, so an archive cannot slip in between check and write.
 */
export async function lockPatientForClinicalWrite(tx: Tx, scope: ClinicScope, patientId: string): Promise<{ ok: true } | { ok: false; fieldErrors: FieldErrors }> {
  const [patient] = await tx.$queryRaw<{ status: string }[]>`
    SELECT status::text AS status FROM patient WHERE id = ${patientId}::uuid AND clinic_id = ${scope.clinicId}::uuid FOR SHARE`;
  if (!patient) throw new AppError("NOT_FOUND");
  return patient.status === "ACTIVE" ? { ok: true } : { ok: false, fieldErrors: { _form: [ARCHIVED_PATIENT_READ_ONLY] } };
}

/** Registers a patient in the caller's clinic and audits it, in one transaction. `today` is the clinic's. */
export async function createPatient(scope: ClinicScope, fields: PatientFields, today = todayIn(scope.timeZone)): Promise<MutationResult<{ id: string }>> {
  const refusal = birthDateRefusal(fields, today);
  if (refusal) return refusal;
  try {
    const id = await db.$transaction(async (tx) => {
      const patient = await tx.patient.create({
        data: { ...patientColumns(fields), clinicId: scope.clinicId },
        select: { id: true },
      });
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId: patient.id,
        action: "CREATE",
        entityType: "Patient",
        entityId: patient.id,
      });
      return patient.id;
    });
    return { ok: true, value: { id } };
  } catch (error) {
    if (isUniqueViolation(error)) return DUPLICATE_RECORD_NUMBER;
    throw error;
  }
}

/**
 * Saves an edit only if the patient is still at the version the editor loaded; otherwise throws
 * CONFLICT, so a concurrent edit is never silently overwritten. NOT_FOUND outside the clinic.
 */
export async function updatePatient(scope: ClinicScope, input: UpdatePatientInput, today = todayIn(scope.timeZone)): Promise<MutationResult<{ id: string; version: number }>> {
  const { id, version, ...fields } = input;
  const refusal = birthDateRefusal(fields, today);
  if (refusal) return refusal;
  try {
    return await db.$transaction(async (tx) => {
      // Read at the same version the update requires: if the update then counts one row, these were
      // the values it replaced (every edit bumps the version).
      const { searchText: _derived, ...columns } = patientColumns(fields);
      const before = await tx.patient.findFirst({
        where: { id, clinicId: scope.clinicId, version },
        select: Object.fromEntries(Object.keys(columns).map((column) => [column, true])) as Record<keyof typeof columns, true>,
      });
      const { count } = await tx.patient.updateMany({
        where: { id, clinicId: scope.clinicId, version },
        data: { ...patientColumns(fields), version: { increment: 1 } },
      });
      if (count === 0 || !before) throw await missingOrConflict(tx, scope, id);
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId: id,
        action: "UPDATE",
        entityType: "Patient",
        entityId: id,
        changes: changedFields(before, columns),
      });
      return { ok: true, value: { id, version: version + 1 } } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return DUPLICATE_RECORD_NUMBER;
    throw error;
  }
}

/** Archives or restores a patient; nothing is ever deleted. Idempotent: a repeat changes and audits nothing. */
export async function setPatientArchived(scope: ClinicScope, input: SetPatientArchivedInput): Promise<void> {
  const status = input.archived ? "ARCHIVED" : "ACTIVE";
  await db.$transaction(async (tx) => {
    const { count } = await tx.patient.updateMany({
      where: { id: input.id, clinicId: scope.clinicId, status: { not: status } },
      data: { status, archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.patient.count({ where: { id: input.id, clinicId: scope.clinicId } });
      if (!exists) throw new AppError("NOT_FOUND");
      return;
    }
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: input.id,
      action: input.archived ? "ARCHIVE" : "RESTORE",
      entityType: "Patient",
      entityId: input.id,
    });
  });
}

async function missingOrConflict(tx: Prisma.TransactionClient, scope: ClinicScope, id: string): Promise<AppError> {
  const exists = await tx.patient.count({ where: { id, clinicId: scope.clinicId } });
  return new AppError(exists ? "CONFLICT" : "NOT_FOUND");
}
