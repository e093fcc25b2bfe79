import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadPatient } from "@/lib/patients/loaders";
import { acuteBetween, changesSince } from "./changes";
import { countsAsFinding, findingsFor, type Finding } from "./findings";
import { getLatestAssessment, listClinicians, listOpenEpisodes, listPatientAssessments } from "./data";
import { assessmentIdSchema } from "./schema";
import type { AssessmentDTO, AssessmentSummaryDTO, AssessmentView } from "./types";
import { toIsoDate } from "@/lib/core/calendar";
import { todayIn } from "@/lib/core/dates";

/**
 * Assessment screens load the patient's whole history once (cached per request) and derive
 * findings and changes from it. loadPatient answers 404 for a patient outside the caller's clinic.
 */
const loadHistory = cache(async (patientId: string) => {
  const { scope } = await requireClinicScope("assessments:read");
  const patient = await loadPatient(patientId);
  const assessments = await listPatientAssessments(scope, patient.id);
  const view = (assessment: AssessmentDTO, index: number): AssessmentView => {
    const previous = index > 0 ? assessments[index - 1]! : null;
    return {
      ...assessment,
      findings: findingsFor(assessment.rows, { sex: patient.sex, bodyMassKg: assessment.bodyMassKg, involvedSide: assessment.involvedSide }),
      previous: previous && { id: previous.id, assessedOn: previous.assessedOn },
      changes: previous ? changesSince(previous.rows, assessment.rows, acuteBetween(previous, assessment)) : [],
    };
  };
  return { patient, views: assessments.map(view) };
});

export async function loadAssessmentHistory(patientId: string): Promise<AssessmentSummaryDTO[]> {
  const { views } = await loadHistory(patientId);
  return views
    .map((view) => ({
      id: view.id,
      assessedOn: view.assessedOn,
      clinicianName: view.clinicianName,
      findingCount: view.findings.filter(countsAsFinding).length,
      measurementCount: view.rows.length,
    }))
    .reverse();
}

export async function loadAssessment(patientId: string, assessmentId: string): Promise<AssessmentView> {
  const parsed = assessmentIdSchema.safeParse(assessmentId);
  if (!parsed.success) notFound();
  const { views } = await loadHistory(patientId);
  const view = views.find((candidate) => candidate.id === parsed.data);
  if (!view) notFound();
  return view;
}

/** The new-assessment form: its date defaults to the clinic's today. */
export async function loadAssessmentForm(patientId: string) {
  const { viewer, scope } = await requireClinicScope("assessments:write");
  const patient = await loadPatient(patientId);
  const [clinicians, episodes] = await Promise.all([listClinicians(scope), listOpenEpisodes(scope, patient.id)]);
  const episodeOptions = episodes.map((episode) => ({
    id: episode.id,
    name: `${episode.diagnosis} (onset ${toIsoDate(episode.onsetDate)})`,
  }));
  return { patient, clinicians, episodes: episodeOptions, currentUserId: viewer.id, today: todayIn(scope.timeZone) };
}

/** Staff of the caller's clinic, for any form that names a clinician. */
export async function listClinicianOptions() {
  const { scope } = await requireClinicScope("assessments:read");
  return listClinicians(scope);
}

/** The episode's assessments, oldest first, with findings and changes. */
export async function loadEpisodeAssessments(patientId: string, episodeId: string): Promise<AssessmentView[]> {
  const { views } = await loadHistory(patientId);
  return views.filter((view) => view.episodeId === episodeId);
}

/** Any two assessments of the patient side by side, ordered by date whatever order they were picked in. */
export async function loadAssessmentComparison(patientId: string, firstId: string, secondId: string) {
  const [first, second] = await Promise.all([loadAssessment(patientId, firstId), loadAssessment(patientId, secondId)]);
  const [earlier, later] = first.assessedOn <= second.assessedOn ? [first, second] : [second, first];
  return { earlier, later, changes: changesSince(earlier.rows, later.rows, acuteBetween(earlier, later)) };
}

/** The day and findings of the patient's most recent assessment, or null when there is none. */
export async function loadLatestFindings(patientId: string): Promise<{ assessedOn: string; findings: Finding[] } | null> {
  const { scope } = await requireClinicScope("assessments:read");
  const patient = await loadPatient(patientId);
  const latest = await getLatestAssessment(scope, patient.id);
  return latest && { assessedOn: latest.assessedOn, findings: findingsFor(latest.rows, { sex: patient.sex, bodyMassKg: latest.bodyMassKg, involvedSide: latest.involvedSide }) };
}
