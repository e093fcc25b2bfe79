import "server-only";
import { notFound } from "next/navigation";
import { listClinicianOptions, loadEpisodeAssessments } from "@/lib/assessments/loaders";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { loadPatient } from "@/lib/patients/loaders";
import { getEpisode, listGateEvidence, listPatientEpisodes } from "./data";
import { gateInputsFrom, NO_EVIDENCE, type GateEpisode } from "./gate-evidence";
import { evaluateGate, type GateEvaluation } from "./gates";
import type { Phase } from "./phases";
import { episodeIdSchema } from "./schema";

export async function loadPatientEpisodes(patientId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  return listPatientEpisodes(scope, patient.id);
}

/**
 * The exit gate of each episode's current phase, judged from its latest assessment and its logs (pain
 * during exercise, adherence), in a constant number of queries for any number of episodes. Takes the
 * caller's clinic scope as proof of access: the episode page and the caseload dashboard both use it,
 * so they never disagree about a gate. Prevention has no gate and reads nothing.
 */
export async function gateEvaluationsOf(
  scope: ClinicScope,
  episodes: readonly (GateEpisode & { id: string; phase: Phase })[],
  today: string,
): Promise<Map<string, GateEvaluation>> {
  const gated = episodes.filter((episode) => episode.phase !== "PREVENTION");
  const evidence = await listGateEvidence(scope, gated.map((episode) => episode.id), today);
  return new Map(
    episodes.map((episode) => {
      const inputs = gateInputsFrom(episode, evidence.get(episode.id) ?? NO_EVIDENCE, today);
      return [episode.id, evaluateGate(episode.phase, inputs)];
    }),
  );
}

/** One episode with its phase history, linked assessments and the exit gate of its current phase. */
export async function loadEpisode(patientId: string, episodeId: string) {
  const { scope } = await requireClinicScope("episodes:read");
  const patient = await loadPatient(patientId);
  const parsed = episodeIdSchema.safeParse(episodeId);
  if (!parsed.success) notFound();
  const episode = await getEpisode(scope, patient.id, parsed.data);
  if (!episode) notFound();
  const [assessments, gates] = await Promise.all([loadEpisodeAssessments(patient.id, episode.id), gateEvaluationsOf(scope, [episode], todayIsoDate())]);
  return { patient, episode, assessments, gate: gates.get(episode.id)! };
}

export async function loadEpisodeForm(patientId: string) {
  const { viewer } = await requireClinicScope("episodes:write");
  const patient = await loadPatient(patientId);
  return { patient, clinicians: await listClinicianOptions(), currentUserId: viewer.id };
}
