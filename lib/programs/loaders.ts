import "server-only";
import { notFound } from "next/navigation";
import { loadLatestFindings } from "@/lib/assessments/loaders";
import { requireClinicScope } from "@/lib/core/auth/session";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { withSavedVersions, type ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import type { Phase } from "@/lib/exercises/library-types";
import { loadPatient } from "@/lib/patients/loaders";
import { addDays } from "@/lib/core/calendar";
import { todayIn } from "@/lib/core/dates";
import { getProgramEpisode, getProgramVersion, listClinicTemplates, listProgramVersions, listRecentDoseVersions } from "./data";
import { LOAD_RULE } from "./load";
import { isPausedByStepBack } from "./paused-items";
import { suggestionsFor } from "./suggestions";
import { episodeIdSchema } from "./schema";
import { PROGRAM_TEMPLATES, templatesForPhase } from "./templates";
import type { ProgramVersionDTO } from "./types";

/** The patient and the episode a program page is about; 404 when either is not in the caller's clinic. */
async function loadProgramEpisode(patientId: string, episodeId: string) {
  const { scope } = await requireClinicScope("programs:read");
  const patient = await loadPatient(patientId);
  const id = episodeIdSchema.safeParse(episodeId);
  const episode = id.success ? await getProgramEpisode(scope, patient.id, id.data) : null;
  if (!episode) notFound();
  return { scope, patient, episode };
}

/**
 * Everything the program editor needs: the episode, the current version, the load guard's recent doses, versions, suggestions,
 * templates, and the clinic's own exercises (the client rebuilds the catalogue from them).
 */
export async function loadProgramEditor(patientId: string, episodeId: string) {
  const { scope, patient, episode } = await loadProgramEpisode(patientId, episodeId);
  const today = todayIn(scope.timeZone);
  const [current, recentDoses, versions, latestAssessment, clinicTemplates, catalogue] = await Promise.all([
    getProgramVersion(scope, episode.id),
    listRecentDoseVersions(scope, episode.id, addDays(today, -LOAD_RULE.reasonOverDays)),
    listProgramVersions(scope, episode.id),
    loadLatestFindings(patient.id),
    listClinicTemplates(scope),
    loadExerciseCatalogue(scope),
  ]);
  return {
    patient,
    episode,
    current,
    // The load guard's history and day, so the editor warns as the server will judge (rules.ts).
    loadHistory: { recent: recentDoses, on: today },
    versions,
    latestAssessment: latestAssessment && { assessedOn: latestAssessment.assessedOn },
    suggestions: latestAssessment ? suggestionsFor(latestAssessment.findings, episode.phase, catalogue) : [],
    /** Exercises of the current version the portal holds back since a step back (paused-items.ts). */
    pausedExercises: current ? pausedExercisesOf(current, episode.phase, catalogue) : [],
    templates: templatesForPhase(episode.phase, clinicTemplates),
    clinicExercises: catalogue.clinicExercises,
  };
}

/** The names, as given, of the current version's exercises that the portal holds back since a step back. */
function pausedExercisesOf(current: ProgramVersionDTO, episodePhase: Phase, liveCatalogue: ExerciseCatalogue): string[] {
  const given = withSavedVersions(liveCatalogue, current.exerciseVersions);
  return pausedCodesOf(current, episodePhase, liveCatalogue).map((code) => given.byCode(code)!.name);
}

/** The codes of a version's exercises that the episode's current phase pauses (paused-items.ts), by the live catalogue. */
function pausedCodesOf(program: ProgramVersionDTO, episodePhase: Phase, catalogue: ExerciseCatalogue): string[] {
  return program.items
    .filter((item) => isPausedByStepBack(catalogue.byCode(item.exerciseCode), { program: program.phase, episode: episodePhase }))
    .map((item) => item.exerciseCode);
}

const MAX_INT4 = 2_147_483_647;

/**
 * One saved version (the latest when none is named), read-only, with the catalogue that names its
 * exercises as they were when it was saved; 404 when it does not exist.
 */
export async function loadProgramVersion(patientId: string, episodeId: string, version?: string) {
  const { scope, patient, episode } = await loadProgramEpisode(patientId, episodeId);
  const number = version === undefined ? undefined : Number(version);
  // Versions are PostgreSQL integers: a larger number cannot exist, and would fail the query instead.
  if (number !== undefined && (!Number.isInteger(number) || number < 1 || number > MAX_INT4)) notFound();
  const [program, liveCatalogue] = await Promise.all([getProgramVersion(scope, episode.id, number), loadExerciseCatalogue(scope)]);
  if (!program) notFound();
  // The version and its handout name its clinic exercises as they were when it was saved.
  const catalogue = withSavedVersions(liveCatalogue, program.exerciseVersions);
  // Paused or not is decided on the live exercise, as the portal, adherence and the caseload decide it.
  return { patient, episode, program, catalogue, pausedCodes: pausedCodesOf(program, episode.phase, liveCatalogue) };
}

/** The template page: built-in and clinic templates, and the clinic's own exercises, for admins. */
export async function loadTemplates() {
  const { scope } = await requireClinicScope("templates:write");
  const [clinic, catalogue] = await Promise.all([listClinicTemplates(scope), loadExerciseCatalogue(scope)]);
  return { builtIn: PROGRAM_TEMPLATES, clinic, catalogue };
}
