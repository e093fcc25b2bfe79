import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { StoredSummary } from "./data";

/** A summary to store, with the activity read before its facts were (listCaseloadView). */
export type ComputedSummary = StoredSummary & { episodeId: string; activity: string };

/**
 * Stores what the rules found for these episodes of the caller's clinic, for `today` in the clinic's
 * zone, in one statement. A derived cache, not clinical data, so not audited. Rows another transaction
 * holds (a change to the episode being written, or another view storing) are skipped, never waited for:
 * the summary stays out of date and the next view computes it again.
 */
export async function storeCaseloadSummaries(scope: ClinicScope, summaries: readonly ComputedSummary[], today: string, rulesVersion: string): Promise<void> {
  if (!summaries.length) return;
  const computed = JSON.stringify(
    summaries.map((summary) => ({
      episode_id: summary.episodeId,
      activity: summary.activity,
      alerts: summary.alerts,
      last_log_on: summary.lastLogOn,
      last_assessed_on: summary.lastAssessedOn,
    })),
  );
  await db.$executeRaw`
    WITH computed AS (
      SELECT * FROM jsonb_to_recordset(${computed}::jsonb)
        AS c(episode_id uuid, activity bigint, alerts jsonb, last_log_on date, last_assessed_on date)
    ), free AS (
      SELECT s.episode_id FROM caseload_summary s
       WHERE s.clinic_id = ${scope.clinicId}::uuid AND s.episode_id IN (SELECT episode_id FROM computed)
         FOR UPDATE SKIP LOCKED
    )
    UPDATE caseload_summary s
       SET computed_activity = c.activity, computed_for = ${today}::date, computed_zone = ${scope.timeZone},
           rules_version = ${rulesVersion}, alerts = c.alerts, last_log_on = c.last_log_on, last_assessed_on = c.last_assessed_on
      FROM computed c JOIN free f ON f.episode_id = c.episode_id
     WHERE s.episode_id = c.episode_id AND s.clinic_id = ${scope.clinicId}::uuid`;
}
