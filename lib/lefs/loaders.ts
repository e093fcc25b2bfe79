import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getViewer, patientScopeOf, requirePatientScope } from "@/lib/core/auth/session";
import { getOwnOpenQuestionnaire, getOwnQuestionnaire, listOwnQuestionnaires } from "./data";
import { questionnaireIdSchema } from "./schema";

/** The portal's questionnaire list: the one waiting (if any) and past results. */
export async function loadOwnQuestionnaires() {
  const { scope } = await requirePatientScope();
  const questionnaires = await listOwnQuestionnaires(scope);
  return {
    open: questionnaires.find((questionnaire) => questionnaire.completedAt === null) ?? null,
    completed: questionnaires.filter((questionnaire) => questionnaire.completedAt !== null),
  };
}

/** One of the patient's own questionnaires; 404 for a malformed id or anyone else's. Cached per request (layout and page). */
export const loadOwnQuestionnaire = cache(async (questionnaireId: string) => {
  const { scope } = await requirePatientScope();
  const parsed = questionnaireIdSchema.safeParse(questionnaireId);
  if (!parsed.success) notFound();
  const questionnaire = await getOwnQuestionnaire(scope, parsed.data);
  if (!questionnaire) notFound();
  return questionnaire;
});

/**
 * The questionnaire waiting for the signed-in patient, for the portal-wide notice; null when there is
 * none or the viewer is not a patient with portal access (the page itself then answers 404).
 */
export async function loadWaitingQuestionnaire() {
  const viewer = await getViewer();
  const scope = viewer && (await patientScopeOf(viewer));
  return scope ? getOwnOpenQuestionnaire(scope) : null;
}
