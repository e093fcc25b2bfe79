import "server-only";
import { notFound } from "next/navigation";
import { loadLatestAssessment } from "@/lib/assessments/loaders";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadEpisode } from "@/lib/episodes/loaders";
import { getProgramVersion, listClinicTemplates, listProgramVersions } from "./data";
import { suggestionsFor } from "./suggestions";
import { PROGRAM_TEMPLATES, templatesForPhase } from "./templates";

/** Everything the program editor needs: the episode, the current version, versions, suggestions, templates. */
export async function loadProgramEditor(patientId: string, episodeId: string) {
  const { scope } = await requireClinicScope("programs:read");
  const { patient, episode } = await loadEpisode(patientId, episodeId);
  const [current, versions, latestAssessment, clinicTemplates] = await Promise.all([
    getProgramVersion(scope, episode.id),
    listProgramVersions(scope, episode.id),
    loadLatestAssessment(patient.id),
    listClinicTemplates(scope),
  ]);
  return {
    patient,
    episode,
    current,
    versions,
    latestAssessment: latestAssessment && { assessedOn: latestAssessment.assessedOn },
    suggestions: latestAssessment ? suggestionsFor(latestAssessment.findings, episode.phase) : [],
    templates: templatesForPhase(episode.phase, clinicTemplates),
  };
}

/** One saved version (the latest when none is named), read-only; 404 when it does not exist. */
export async function loadProgramVersion(patientId: string, episodeId: string, version?: string) {
  const { scope } = await requireClinicScope("programs:read");
  const { patient, episode } = await loadEpisode(patientId, episodeId);
  const number = version === undefined ? undefined : Number(version);
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) notFound();
  const program = await getProgramVersion(scope, episode.id, number);
  if (!program) notFound();
  return { patient, episode, program };
}

/** The template page: built-in and clinic templates, for admins. */
export async function loadTemplates() {
  const { scope } = await requireClinicScope("templates:write");
  return { builtIn: PROGRAM_TEMPLATES, clinic: await listClinicTemplates(scope) };
}
