import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { gateEvaluationsOf } from "@/lib/episodes/gate-evaluations";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { alertsOf } from "./caseload";
import { listCaseloadEpisodes, listRecentProgramVersions, type CaseloadViewRow, type StoredSummary } from "./data";
import { storeCaseloadSummaries } from "./mutations";
import { CASELOAD_RULES_VERSION } from "./rules-version";

/**
 * The alerts of these episodes, whose stored summaries were out of date, computed as the dashboard
 * always has (the episodes' aggregated facts, their recent program versions and gates, in a constant
 * number of statements however many) and stored for the next view with the activity read before.
 * An episode that stopped being active since it was listed comes back without a summary.
 */
export async function refreshSummaries(scope: ClinicScope, stale: readonly CaseloadViewRow[], today: string): Promise<Map<string, StoredSummary>> {
  const ids = stale.map((row) => row.episodeId);
  const [episodes, catalogue] = await Promise.all([listCaseloadEpisodes(scope, null, today, ids), loadExerciseCatalogue(scope)]);
  const [recentVersions, gates] = await Promise.all([
    listRecentProgramVersions(scope, ids, today),
    gateEvaluationsOf(
      scope,
      episodes.map(({ episodeId, phase, side, onsetDate }) => ({ id: episodeId, phase, side, onsetDate })),
      today,
      catalogue,
    ),
  ]);
  const alerts = alertsOf({ episodes, catalogue, recentVersions, gates }, today);
  const summaries = new Map(
    episodes.map((episode) => [episode.episodeId, { alerts: alerts.get(episode.episodeId)!, lastLogOn: episode.lastLogOn, lastAssessedOn: episode.lastAssessedOn }]),
  );
  const activityOf = new Map(stale.map((row) => [row.episodeId, row.activity]));
  await storeCaseloadSummaries(
    scope,
    [...summaries].map(([episodeId, summary]) => ({ ...summary, episodeId, activity: activityOf.get(episodeId)! })),
    today,
    CASELOAD_RULES_VERSION,
  );
  return summaries;
}
