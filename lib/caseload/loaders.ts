import "server-only";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { gateEvaluationsOf } from "@/lib/episodes/gate-evaluations";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { unsignedNotesOf } from "@/lib/visit-notes/loaders";
import { buildCaseload } from "./caseload";
import { listCaseloadEpisodes, listRecentProgramVersions } from "./data";
import { parseCaseloadParams, type CaseloadParams } from "./params";
import type { CaseloadPageDTO } from "./types";

/** The caseload dashboard for the signed-in clinician or admin, in the state the URL asks for; its windows end on the clinic's today. */
export async function loadCaseload(raw: Record<string, string | string[] | undefined>): Promise<{ params: CaseloadParams; caseload: CaseloadPageDTO }> {
  const { viewer, scope } = await requireClinicScope("progress:read");
  const params = parseCaseloadParams(raw, viewer.role);
  return { params, caseload: await caseloadOf(scope, params, todayIn(scope.timeZone)) };
}

/**
 * The dashboard for a clinic scope (the session's proof of access; "mine" = the scope's own user): the
 * same small number of queries whether the view holds 3 active episodes or 3,000 — the episodes with
 * their aggregated facts and the clinic's exercise catalogue, then recent program versions and the
 * gates' evidence for all of them at once. Beside them, in the first round, the visit notes left unsigned
 * for more than a day at `now` (the author's own in "mine"), one statement however many.
 */
export async function caseloadOf(scope: ClinicScope, params: CaseloadParams, today: string, now = new Date()): Promise<CaseloadPageDTO> {
  const mine = params.view === "mine" ? scope.actorId : null;
  const [episodes, catalogue, unsignedNotes] = await Promise.all([listCaseloadEpisodes(scope, mine, today), loadExerciseCatalogue(scope), unsignedNotesOf(scope, mine, now)]);
  const [recentVersions, gates] = await Promise.all([
    listRecentProgramVersions(
      scope,
      episodes.map((episode) => episode.episodeId),
      today,
    ),
    gateEvaluationsOf(
      scope,
      episodes.map(({ episodeId, phase, side, onsetDate }) => ({ id: episodeId, phase, side, onsetDate })),
      today,
      catalogue,
    ),
  ]);
  return { ...buildCaseload({ episodes, catalogue, recentVersions, gates }, params, today), unsignedNotes };
}
