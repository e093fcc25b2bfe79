import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { AuditChanges } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockPatientForClinicalWrite } from "@/lib/patients/mutations";
import { isMeasureCode, measureByCode } from "./catalogue";
import { planCorrection, type CorrectionPlan } from "./corrections";
import { toMeasurementRows, type MeasurementRow } from "./measurement-form-mapping";
import { ASSESSMENT_DATE_IN_FUTURE, type CreateAssessmentInput, type UpdateAssessmentInput } from "./schema";

type AssessmentFields = Omit<CreateAssessmentInput, "patientId" | "requestId">;

const NOT_A_CLINICIAN: { ok: false; fieldErrors: FieldErrors } = {
  ok: false,
  fieldErrors: { clinicianId: ["Choose a clinician of this clinic."] },
};

/** The form checks "not after the latest day anywhere"; the clinic's own today is checked here. */
function assessedOnRefusal(fields: AssessmentFields, today: string): { ok: false; fieldErrors: FieldErrors } | null {
  return fields.assessedOn > today ? { ok: false, fieldErrors: { assessedOn: [ASSESSMENT_DATE_IN_FUTURE] } } : null;
}

function headerColumns(fields: AssessmentFields) {
  return {
    assessedOn: new Date(`${fields.assessedOn}T00:00:00Z`),
    clinicianId: fields.clinicianId,
    episodeId: fields.episodeId || null,
    bodyMassKg: fields.bodyMassKg === "" ? null : Number(fields.bodyMassKg),
    notes: fields.notes === "" ? null : fields.notes,
  };
}

async function isClinicStaff(tx: Tx, scope: ClinicScope, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { id: userId, clinicId: scope.clinicId, role: { in: ["CLINICIAN", "ADMIN"] } } })) > 0;
}

const refusedEpisode = (message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { episodeId: [message] } });

/**
 * An assessment may only be linked to an open episode of the same patient in the same clinic: a
 * finished episode is read-only. Null when the link (or no link) is fine.
 */
async function episodeLinkRefusal(tx: Tx, scope: ClinicScope, patientId: string, episodeId: string) {
  if (episodeId === "") return null;
  const episode = await tx.episode.findFirst({ where: { id: episodeId, patientId, clinicId: scope.clinicId }, select: { status: true } });
  if (!episode) return refusedEpisode("Choose one of this patient's episodes.");
  if (episode.status === "FINISHED") return refusedEpisode("This episode is finished, so it is read-only. Reactivate it, or record the assessment without it.");
  return null;
}

async function insertMeasurements(tx: Tx, scope: ClinicScope, assessmentId: string, fields: AssessmentFields) {
  const rows = toMeasurementRows(fields.measures);
  if (rows.length) await tx.measurement.createMany({ data: rows.map((row) => ({ ...row, clinicId: scope.clinicId, assessmentId })) });
}

/**
 * Applies a correction to an assessment's values without losing any: each value it changes or removes is
 * first copied to measurement_revision with the corrector and the time, then changed or removed; values
 * it leaves alone are not touched. measurement keeps only current values, so every read of it stays current.
 */
async function correctMeasurements(tx: Tx, scope: ClinicScope, assessmentId: string, fields: AssessmentFields): Promise<AuditChanges | undefined> {
  const where = { assessmentId, clinicId: scope.clinicId };
  const stored = await tx.measurement.findMany({ where, select: { id: true, measureCode: true, side: true, value: true, method: true, context: true, flag: true } });
  const plan = planCorrection(stored, toMeasurementRows(fields.measures));
  const superseded = [...plan.changed.map(({ before }) => ({ ...before, removed: false })), ...plan.removed.map((row) => ({ ...row, removed: true }))];
  if (superseded.length) {
    await tx.measurementRevision.createMany({
      data: superseded.map(({ id: _id, ...row }) => ({ ...row, clinicId: scope.clinicId, assessmentId, supersededById: scope.actorId })),
    });
  }
  if (plan.removed.length) await tx.measurement.deleteMany({ where: { ...where, id: { in: plan.removed.map((row) => row.id) } } });
  for (const { before, after } of plan.changed) {
    await tx.measurement.update({ where: { id: before.id, clinicId: scope.clinicId }, data: { value: after.value, method: after.method, flag: after.flag } });
  }
  if (plan.added.length) await tx.measurement.createMany({ data: plan.added.map((row) => ({ ...row, clinicId: scope.clinicId, assessmentId })) });
  return correctionChanges(plan);
}

type AuditedValue = Pick<MeasurementRow, "side" | "value" | "method" | "context" | "flag"> & { measureCode: string };

/**
 * The audit's before and after of a correction, one entry per changed, removed or added value, as the
 * Activity page reads it: "AKE right" → "40 (goniometer)".
 */
function correctionChanges<Row extends AuditedValue & { id: bigint }>(plan: CorrectionPlan<Row>): AuditChanges | undefined {
  const label = (row: AuditedValue) => {
    const name = isMeasureCode(row.measureCode) ? measureByCode(row.measureCode).abbreviation : row.measureCode;
    return [name, row.side === "NONE" ? "" : row.side.toLowerCase(), row.context && `(${row.context})`].filter(Boolean).join(" ");
  };
  const text = (row: AuditedValue) => `${row.value}${row.method ? ` (${row.method})` : ""}${row.flag ? ", painful on testing" : ""}`;
  const before = Object.fromEntries([...plan.changed.map(({ before }) => before), ...plan.removed].map((row) => [label(row), text(row)]));
  const after = Object.fromEntries([...plan.changed.map(({ after }) => after), ...plan.added].map((row) => [label(row), text(row)]));
  return Object.keys(before).length || Object.keys(after).length ? { before, after } : undefined;
}

function isDuplicateRequest(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Records an assessment of a patient of the caller's clinic, its values and an audit event in one
 * transaction. NOT_FOUND for a patient outside the clinic. A repeat of the same form submission
 * (same requestId) stores nothing new and answers with the assessment already stored. The date may
 * be the clinic's today (`today`, in its zone) or earlier.
 */
export async function createAssessment(scope: ClinicScope, input: CreateAssessmentInput, today = todayIn(scope.timeZone)): Promise<MutationResult<{ id: string }>> {
  const { patientId, requestId, ...fields } = input;
  const refusal = assessedOnRefusal(fields, today);
  if (refusal) return refusal;
  try {
    return await db.$transaction(async (tx) => {
      const writable = await lockPatientForClinicalWrite(tx, scope, patientId);
      if (!writable.ok) return writable;
      if (!(await isClinicStaff(tx, scope, fields.clinicianId))) return NOT_A_CLINICIAN;
      const episodeRefusal = await episodeLinkRefusal(tx, scope, patientId, fields.episodeId);
      if (episodeRefusal) return episodeRefusal;
      const { id } = await tx.assessment.create({
        data: { ...headerColumns(fields), clinicId: scope.clinicId, patientId, requestId },
        select: { id: true },
      });
      await insertMeasurements(tx, scope, id, fields);
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId, action: "CREATE", entityType: "Assessment", entityId: id });
      return { ok: true, value: { id } } as const;
    });
  } catch (error) {
    if (!isDuplicateRequest(error)) throw error;
    const stored = await db.assessment.findFirst({ where: { requestId, clinicId: scope.clinicId, patientId }, select: { id: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: { id: stored.id } };
  }
}

/**
 * Corrects an assessment only if it is still at the version the clinician loaded; otherwise CONFLICT,
 * never a silent overwrite. Earlier values are kept with who corrected them and when
 * (correctMeasurements). NOT_FOUND outside the clinic.
 */
export async function updateAssessment(
  scope: ClinicScope,
  input: UpdateAssessmentInput,
  today = todayIn(scope.timeZone),
): Promise<MutationResult<{ id: string; version: number }>> {
  const { id, version, ...fields } = input;
  const refusal = assessedOnRefusal(fields, today);
  if (refusal) return refusal;
  return db.$transaction(async (tx) => {
    const stored = await tx.assessment.findFirst({ where: { id, clinicId: scope.clinicId }, select: { patientId: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    const { patientId } = stored;
    const writable = await lockPatientForClinicalWrite(tx, scope, patientId);
    if (!writable.ok) return writable;
    if (!(await isClinicStaff(tx, scope, fields.clinicianId))) return NOT_A_CLINICIAN;
    const episodeRefusal = await episodeLinkRefusal(tx, scope, patientId, fields.episodeId);
    if (episodeRefusal) return episodeRefusal;
    const { count } = await tx.assessment.updateMany({
      where: { id, clinicId: scope.clinicId, version },
      data: { ...headerColumns(fields), version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.assessment.count({ where: { id, clinicId: scope.clinicId } });
      throw new AppError(exists ? "CONFLICT" : "NOT_FOUND");
    }
    const changes = await correctMeasurements(tx, scope, id, fields);
    await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId, action: "UPDATE", entityType: "Assessment", entityId: id, changes });
    return { ok: true, value: { id, version: version + 1 } } as const;
  });
}
