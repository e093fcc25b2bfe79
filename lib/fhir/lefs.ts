import type { Observation, Questionnaire, QuestionnaireResponse } from "@medplum/fhirtypes";
import { LEFS_ITEMS, LEFS_MAX_TOTAL, LEFS_RESPONSES } from "@/lib/lefs/items";
import type { LefsRecord, PatientRecord } from "./record";
import { category, fhirId, LEFS_QUESTIONNAIRE_URL, LOCAL_MEASURES_SYSTEM, quantity, reference } from "./systems";

/**
 * The LEFS (domain.md §1.5, §4.3): the Questionnaire itself (so the bundle says what its items mean),
 * one QuestionnaireResponse per request and, for a completed one, an Observation lefs-total derived
 * from it. A request not yet completed is exported as in-progress with the answers given so far (the
 * record stays whole) and has no total.
 */
export const LEFS_QUESTIONNAIRE_ID = "lefs";

export function lefsQuestionnaire(): Questionnaire {
  return {
    resourceType: "Questionnaire",
    id: LEFS_QUESTIONNAIRE_ID,
    url: LEFS_QUESTIONNAIRE_URL,
    name: "LEFS",
    title: "Lower Extremity Functional Scale",
    status: "active",
    subjectType: ["Patient"],
    description: `Each item 0–4: ${LEFS_RESPONSES.map((response) => `${response.score} = ${response.label}`).join("; ")}. Total 0–${LEFS_MAX_TOTAL}, higher is better.`,
    item: LEFS_ITEMS.map((text, index) => ({
      linkId: String(index + 1),
      text,
      type: "integer",
      required: true,
      answerOption: LEFS_RESPONSES.map((response) => ({ valueInteger: response.score })),
    })),
  };
}

export function lefsResponse(record: PatientRecord, lefs: LefsRecord): QuestionnaireResponse {
  const completed = lefs.completedAt !== null;
  return {
    resourceType: "QuestionnaireResponse",
    id: lefs.id,
    questionnaire: LEFS_QUESTIONNAIRE_URL,
    status: completed ? "completed" : "in-progress",
    subject: reference("Patient", record.patient.id),
    authored: lefs.completedAt ?? lefs.requestedAt,
    author: reference("Patient", record.patient.id),
    source: reference("Patient", record.patient.id),
    item: lefs.answers
      .toSorted((a, b) => a.item - b.item)
      .map((answer) => ({ linkId: String(answer.item), text: LEFS_ITEMS[answer.item - 1], answer: [{ valueInteger: answer.score }] })),
  };
}

export const lefsTotalId = (lefsId: string) => fhirId("lefs-total", lefsId);

export function lefsTotalObservation(record: PatientRecord, lefs: LefsRecord): Observation | null {
  if (lefs.completedAt === null || lefs.total === null) return null;
  return {
    resourceType: "Observation",
    id: lefsTotalId(lefs.id),
    status: "final",
    category: [category("survey", "Survey")],
    code: { coding: [{ system: LOCAL_MEASURES_SYSTEM, code: "lefs-total", display: "LEFS total score" }], text: "LEFS total score" },
    subject: reference("Patient", record.patient.id),
    effectiveDateTime: lefs.completedAt,
    performer: [reference("Patient", record.patient.id)],
    valueQuantity: quantity(lefs.total, "{score}", "score"),
    referenceRange: [{ low: quantity(0, "{score}", "score"), high: quantity(LEFS_MAX_TOTAL, "{score}", "score"), text: "0–80, higher is better [S40]" }],
    derivedFrom: [reference("QuestionnaireResponse", lefs.id)],
  };
}
