import "server-only";
import { clinicScopeForJob } from "@/lib/core/auth/session";
import { calendarDayIn, knownTimeZoneOr } from "@/lib/core/time-zones";
import { listCaseloadView, unsafeListClinicSummaryAges, type ClinicSummaryAge } from "./data";
import { CASELOAD_RULES_VERSION } from "./rules-version";
import { refreshSummaries } from "./summaries";

/** The background task (lib/jobs/worker.ts runs it every 15 minutes) that gets each clinic's day ready. */
export const CASELOAD_REFRESH_TASK = "caseload_refresh";

/**
 * Computes the stored alerts of one clinic's active episodes that are out of date for its day at `now`,
 * as a dashboard view would (summaries.ts), so the first view of the clinic's day reads them instead of
 * evaluating every episode (about 0.3 s for 1,000). Returns how many episodes it evaluated.
 */
export async function refreshClinicSummaries(clinic: { id: string; timeZone: string }, now = new Date()): Promise<number> {
  const scope = clinicScopeForJob(clinic);
  const today = calendarDayIn(scope.timeZone, now);
  const stale = (await listCaseloadView(scope, null, today, CASELOAD_RULES_VERSION)).filter((row) => !row.summary);
  if (stale.length) await refreshSummaries(scope, stale, today);
  return stale.length;
}

/** The clinics whose day, in the zone the app reads them in, has turned since their alerts were stored (or whose zone or rules changed). */
export function clinicsDue(ages: readonly ClinicSummaryAge[], now: Date): ClinicSummaryAge[] {
  return ages.filter((clinic) => clinic.otherwiseStale || (clinic.oldestDay ?? "") < calendarDayIn(knownTimeZoneOr(clinic.timeZone), now));
}

/**
 * Refreshes every clinic whose day has turned (or whose rules changed) since its alerts were stored, one
 * clinic after another. Safe beside dashboard views and other workers: storing skips locked rows, and a
 * change committed meanwhile leaves its episode out of date, never wrongly current.
 */
export async function refreshDueClinics(now = new Date()): Promise<{ clinics: number; episodes: number }> {
  const clinics = clinicsDue(await unsafeListClinicSummaryAges(CASELOAD_RULES_VERSION), now);
  let episodes = 0;
  for (const clinic of clinics) episodes += await refreshClinicSummaries(clinic, now);
  return { clinics: clinics.length, episodes };
}
