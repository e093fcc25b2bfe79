import "server-only";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { lefsSummarySelect, toLefsSummary } from "./lefs-summary-dto";
import type { LefsQuestionnaireDTO, LefsSummaryDTO } from "./types";

/** Every function here is scoped by the session's patient (and clinic), never by an id from input alone. */
const own = (scope: PatientScope) => ({ clinicId: scope.clinicId, patientId: scope.patientId });

/** How many of the patient's questionnaires the portal lists. */
export const OWN_LEFS_LIMIT = 50;

/** The patient's questionnaires, newest first: the open one (if any) and past results. */
export async function listOwnQuestionnaires(scope: PatientScope): Promise<LefsSummaryDTO[]> {
  const records = await db.lefsQuestionnaire.findMany({
    where: own(scope),
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    take: OWN_LEFS_LIMIT,
    select: lefsSummarySelect,
  });
  return records.map(toLefsSummary);
}

/** One of the patient's own questionnaires with their answers, or null (someone else's, or none). */
export async function getOwnQuestionnaire(scope: PatientScope, questionnaireId: string): Promise<LefsQuestionnaireDTO | null> {
  const record = await db.lefsQuestionnaire.findFirst({
    where: { id: questionnaireId, ...own(scope) },
    select: { ...lefsSummarySelect, answers: { select: { item: true, score: true } } },
  });
  if (!record) return null;
  const { answers, ...summary } = record;
  return { ...toLefsSummary(summary), answers: Object.fromEntries(answers.map((answer) => [answer.item, answer.score])) };
}

/** The questionnaire waiting for the patient, if any (at most one is open at a time). */
export async function getOwnOpenQuestionnaire(scope: PatientScope): Promise<LefsSummaryDTO | null> {
  const record = await db.lefsQuestionnaire.findFirst({
    where: { ...own(scope), completedAt: null },
    orderBy: { requestedAt: "desc" },
    select: lefsSummarySelect,
  });
  return record && toLefsSummary(record);
}
