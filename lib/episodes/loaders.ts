import "server-only";
import { notFound } from "next/navigation";
import { listClinicianOptions, loadEpisodeAssessments } from "@/lib/assessments/loaders";
import { requireClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { loadPatient } from "@/lib/patients/loaders";
import { getEpisode, listPatientEpisodes } from "./data";
import { gateEvaluationsOf } from "./gate-evaluations";
import { episodeIdSchema } from "./schema";

export async function loadPatientEpisodes(patientId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  return listPatientEpisodes(scope, patient.id);
}

/** One episode with its phase history, linked assessments and the exit gate of its current phase. */
export async function loadEpisode(patientId: string, episodeId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  const parsed = episodeIdSchema.safeParse(episodeId);
  if (!parsed.success) notFound();
  const episode = await getEpisode(scope, patient.id, parsed.data);
  if (!episode) notFound();
  const [assessments, gates] = await Promise.all([loadEpisodeAssessments(patient.id, episode.id), gateEvaluationsOf(scope, [episode], todayIn(scope.timeZone))]);
  return { patient, episode, assessments, gate: gates.get(episode.id)! };
}

/** The new-episode form: its onset defaults to the clinic's today. */
export async function loadEpisodeForm(patientId: string) {
  const { viewer, scope } = await requireClinicScope("episodes:write");
  const patient = await loadPatient(patientId);
  return { patient, clinicians: await listClinicianOptions(), currentUserId: viewer.id, today: todayIn(scope.timeZone) };
}
