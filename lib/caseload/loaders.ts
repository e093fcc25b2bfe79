import "server-only";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { gateEvaluationsOf } from "@/lib/episodes/gate-evaluations";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { buildCaseload } from "./caseload";
import { listCaseloadEpisodes, listRecentProgramVersions } from "./data";
import { parseCaseloadParams, type CaseloadParams } from "./params";
import type { CaseloadDTO } from "./types";

/** The caseload dashboard for the signed-in clinician or admin, in the state the URL asks for; its windows end on the clinic's today. */
export async function loadCaseload(raw: Record<string, string | string[] | undefined>): Promise<{ params: CaseloadParams; caseload: CaseloadDTO }> {
  const { viewer, scope } = await requireClinicScope("progress:read");
  const params = parseCaseloadParams(raw, viewer.role);
  return { params, caseload: await caseloadOf(scope, params, todayIn(scope.timeZone)) };
}

/**
 * The dashboard for a clinic scope (the session's proof of access; "mine" = the scope's own user): the
 * same small number of queries whether the view holds 3 active episodes or 3,000 — the episodes with
 * their aggregated facts and the clinic's exercise catalogue, then recent program versions and the
 * gates' evidence for all of them at once.
 */
export async function caseloadOf(scope: ClinicScope, params: CaseloadParams, today: string): Promise<CaseloadDTO> {
  const [episodes, catalogue] = await Promise.all([listCaseloadEpisodes(scope, params.view === "mine" ? scope.actorId : null, today), loadExerciseCatalogue(scope)]);
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
  return buildCaseload({ episodes, catalogue, recentVersions, gates }, params, today);
}
