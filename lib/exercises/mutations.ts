import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { changedFields, type AuditChanges } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { clinicExerciseCode } from "./clinic-exercise";
import type { ClinicExercise, CreateClinicExerciseInput, SetClinicExerciseArchivedInput, UpdateClinicExerciseInput } from "./schema";

/**
 * Writes to a clinic's own exercises. Admins only (the actions declare exercises:write); every write is
 * scoped to the caller's clinic and audited in its transaction. Nothing is deleted: programs and
 * templates refer to the code, so an exercise is archived instead.
 */

const columns = (fields: ClinicExercise) => ({ ...fields, notes: fields.notes === "" ? null : fields.notes });

/**
 * Keeps the content just saved as an immutable version (clinic_exercise_version): programs saved from now
 * on point at it, so an edit never changes what an earlier program version or handout shows.
 */
const saveVersion = (tx: Tx, scope: ClinicScope, exercise: { id: string; code: string; version: number }, fields: ClinicExercise) =>
  tx.clinicExerciseVersion.create({
    data: { ...columns(fields), clinicId: scope.clinicId, clinicExerciseId: exercise.id, code: exercise.code, version: exercise.version, createdById: scope.actorId },
    select: { id: true },
  });

const audit = (tx: Tx, scope: ClinicScope, action: "CREATE" | "UPDATE" | "ARCHIVE" | "RESTORE", id: string, changes?: AuditChanges) =>
  recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, action, entityType: "ClinicExercise", entityId: id, changes });

/**
 * Adds an exercise to the caller's clinic under the next free code (CX01, CX02 …). The clinic's row is
 * locked while the number is chosen, so two admins adding at once get different codes. A repeated
 * submission (same requestId) adds nothing and answers with the exercise it made the first time.
 */
export async function createClinicExercise(scope: ClinicScope, input: CreateClinicExerciseInput): Promise<MutationResult<{ id: string; code: string }>> {
  const { requestId, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM clinic WHERE id = ${scope.clinicId}::uuid FOR UPDATE`;
      const last = await tx.clinicExercise.aggregate({ where: { clinicId: scope.clinicId }, _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const code = clinicExerciseCode(number);
      const { id } = await tx.clinicExercise.create({
        data: { ...columns(fields), clinicId: scope.clinicId, number, code, requestId, createdById: scope.actorId },
        select: { id: true },
      });
      await saveVersion(tx, scope, { id, code, version: 1 }, fields);
      await audit(tx, scope, "CREATE", id);
      return { ok: true, value: { id, code } } as const;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    // Only requestId can clash (the lock keeps numbers apart): the first submission already stored it.
    const stored = await db.clinicExercise.findFirst({ where: { requestId, clinicId: scope.clinicId }, select: { id: true, code: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: stored };
  }
}

async function missingOrConflict(tx: Tx, scope: ClinicScope, id: string): Promise<AppError> {
  const exists = await tx.clinicExercise.count({ where: { id, clinicId: scope.clinicId } });
  return new AppError(exists ? "CONFLICT" : "NOT_FOUND");
}

/**
 * Saves an edit only if the exercise is still at the version the form loaded: CONFLICT otherwise, so a
 * concurrent edit is never overwritten; NOT_FOUND outside the caller's clinic. The code never changes.
 * The edit becomes a new saved version; programs already saved keep showing the one they were given.
 */
export async function updateClinicExercise(scope: ClinicScope, input: UpdateClinicExerciseInput): Promise<MutationResult<{ id: string; version: number }>> {
  const { id, version, ...fields } = input;
  const after = columns(fields);
  return db.$transaction(async (tx) => {
    // Read at the version the update requires: when it counts one row, these are the values it replaced.
    const before = await tx.clinicExercise.findFirst({
      where: { id, clinicId: scope.clinicId, version },
      select: Object.fromEntries(Object.keys(after).map((column) => [column, true])) as Record<keyof typeof after, true>,
    });
    const { count } = await tx.clinicExercise.updateMany({
      where: { id, clinicId: scope.clinicId, version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0 || !before) throw await missingOrConflict(tx, scope, id);
    const { code } = await tx.clinicExercise.findFirstOrThrow({ where: { id, clinicId: scope.clinicId }, select: { code: true } });
    await saveVersion(tx, scope, { id, code, version: version + 1 }, fields);
    await audit(tx, scope, "UPDATE", id, changedFields(before, after));
    return { ok: true, value: { id, version: version + 1 } } as const;
  });
}

/**
 * Archives (no longer offered for new programs and templates) or restores an exercise. Idempotent: a
 * repeat changes and audits nothing. Bumps the version, so an edit form opened before is refused.
 */
export async function setClinicExerciseArchived(scope: ClinicScope, input: SetClinicExerciseArchivedInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.clinicExercise.updateMany({
      where: { id: input.id, clinicId: scope.clinicId, archivedAt: input.archived ? null : { not: null } },
      data: { archivedAt: input.archived ? new Date() : null, version: { increment: 1 } },
    });
    if (count === 0) {
      if (!(await tx.clinicExercise.count({ where: { id: input.id, clinicId: scope.clinicId } }))) throw new AppError("NOT_FOUND");
      return;
    }
    await audit(tx, scope, input.archived ? "ARCHIVE" : "RESTORE", input.id);
  });
}
