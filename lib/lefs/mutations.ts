import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { ClinicScope, PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { queueLefsRequestMail } from "@/lib/mail/mutations";
import { formatDate } from "@/lib/core/dates";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import type { AnswerLefsInput, RequestLefsInput } from "./schema";
import { scoreLefs } from "./score";
import type { LefsAnswerResultDTO } from "./types";

const refused = (message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { _form: [message] } });

/**
 * Asks a patient of the caller's clinic to fill in a LEFS, linked to their active episode if any, with
 * a REQUEST audit event. One questionnaire is open per patient at a time: the patient row is locked
 * for the check, so two clinicians asking at once still open one.
 */
export async function requestLefs(scope: ClinicScope, { patientId }: RequestLefsInput): Promise<MutationResult<{ id: string; emailed: boolean }>> {
  return db.$transaction(async (tx) => {
    const [patient] = await tx.$queryRaw<{ status: string; portal_user_id: string | null }[]>`
      SELECT status, portal_user_id FROM patient WHERE id = ${patientId}::uuid AND clinic_id = ${scope.clinicId}::uuid FOR UPDATE`;
    if (!patient) throw new AppError("NOT_FOUND");
    if (patient.status !== "ACTIVE") return refused("Restore this patient before asking for a questionnaire.");
    if (!patient.portal_user_id) return refused("This patient has no portal account, so they cannot fill in a questionnaire yet.");
    const owner = { clinicId: scope.clinicId, patientId };
    const open = await tx.lefsQuestionnaire.findFirst({ where: { ...owner, completedAt: null }, select: { requestedAt: true } });
    if (open) {
      return refused(`A LEFS asked for on ${formatDate(open.requestedAt.toISOString(), scope.timeZone)} is still waiting for the patient. Ask again once they have finished it.`);
    }
    const episode = await tx.episode.findFirst({ where: { ...owner, status: "ACTIVE" }, orderBy: { createdAt: "desc" }, select: { id: true } });
    const { id } = await tx.lefsQuestionnaire.create({
      data: { ...owner, episodeId: episode?.id ?? null, requestedById: scope.actorId },
      select: { id: true },
    });
    await recordAudit(tx, { ...owner, actorId: scope.actorId, action: "REQUEST", entityType: "LefsQuestionnaire", entityId: id });
    // "You have something to fill in", queued with the request when SMTP is on.
    const emailed = await queueLefsRequestMail(tx, { clinicId: scope.clinicId, patientId, questionnaireId: id });
    return { ok: true, value: { id, emailed } } as const;
  });
}

/**
 * Saves one answer of the signed-in patient's own open questionnaire (answering an item again replaces
 * its answer). When the answer makes all 20 complete, the total and completion time are set in the
 * same transaction. The questionnaire row is locked so two answers saved at once cannot both miss the
 * last one. Someone else's questionnaire is NOT_FOUND; a completed one no longer changes.
 */
export async function answerLefs(scope: PatientScope, { questionnaireId, item, score }: AnswerLefsInput): Promise<MutationResult<LefsAnswerResultDTO>> {
  return db.$transaction(async (tx) => {
    const [questionnaire] = await tx.$queryRaw<{ completed_at: Date | null }[]>`
      SELECT completed_at FROM lefs_questionnaire
      WHERE id = ${questionnaireId}::uuid AND clinic_id = ${scope.clinicId}::uuid AND patient_id = ${scope.patientId}::uuid FOR UPDATE`;
    if (!questionnaire) throw new AppError("NOT_FOUND");
    if (questionnaire.completed_at) return refused("This questionnaire is already complete, so its answers can no longer change.");
    await tx.lefsAnswer.upsert({
      where: { questionnaireId_item: { questionnaireId, item } },
      create: { questionnaireId, item, score },
      update: { score, answeredAt: new Date() },
    });
    const result = scoreLefs(await tx.lefsAnswer.findMany({ where: { questionnaireId }, select: { item: true, score: true } }));
    let completedAt: Date | null = null;
    if (result.complete) {
      completedAt = new Date();
      await tx.lefsQuestionnaire.update({ where: { id: questionnaireId }, data: { total: result.total, completedAt } });
    }
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: scope.patientId,
      action: "UPDATE",
      entityType: "LefsQuestionnaire",
      entityId: questionnaireId,
    });
    return {
      ok: true,
      value: { answered: result.answered, total: result.complete ? result.total : null, completedAt: completedAt?.toISOString() ?? null },
    } as const;
  });
}
