import "server-only";
import { notFound } from "next/navigation";
import { listClinicianOptions, loadEpisodeAssessments } from "@/lib/assessments/loaders";
import { requireClinicScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { loadPatient } from "@/lib/patients/loaders";
import { getEpisode, listPatientEpisodes } from "./data";
import { evaluateGate } from "./gates";
import { episodeIdSchema } from "./schema";

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export async function loadPatientEpisodes(patientId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  return listPatientEpisodes(scope, patient.id);
}

/**
 * One episode with its phase history, linked assessments and the exit gate of its current phase.
 * Exercise logs (pain during exercise, adherence) arrive with the patient portal; until then those
 * criteria read "not recorded".
 */
export async function loadEpisode(patientId: string, episodeId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  const parsed = episodeIdSchema.safeParse(episodeId);
  if (!parsed.success) notFound();
  const episode = await getEpisode(scope, patient.id, parsed.data);
  if (!episode) notFound();
  const assessments = await loadEpisodeAssessments(patient.id, episode.id);
  const latest = assessments.at(-1) ?? null;
  const gate = evaluateGate(episode.phase, {
    latestAssessment: latest && { assessedOn: latest.assessedOn, rows: latest.rows },
    involvedSide: episode.side,
    daysSinceOnset: daysBetween(episode.onsetDate, todayIsoDate()),
    painDuringLast7Days: null,
    adherencePercent: null,
  });
  return { patient, episode, assessments, gate };
}

export async function loadEpisodeForm(patientId: string) {
  const { viewer } = await requireClinicScope("episodes:write");
  const patient = await loadPatient(patientId);
  return { patient, clinicians: await listClinicianOptions(), currentUserId: viewer.id };
}
