import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { addDays } from "@/lib/core/calendar";
import { db } from "@/lib/core/db";
import type { Phase } from "@/lib/episodes/phases";
import { CRAMP_WINDOW_DAYS, LOAD_WINDOW_DAYS, PAIN_WINDOW_DAYS } from "./alerts";
import type { Alert } from "./alerts";
import type { CaseloadEpisode } from "./caseload";
import { LOAD_HISTORY_DAYS, type SavedVersion, type VersionItem } from "./load-jumps";

type EpisodeRecord = Omit<CaseloadEpisode, "restPain"> & {
  side: "LEFT" | "RIGHT" | "BOTH";
  onsetDate: string;
  baselineRestPain: number | null;
  latestRestPain: number | null;
};

export type CaseloadEpisodeFacts = CaseloadEpisode & { side: EpisodeRecord["side"]; onsetDate: string };

/**
 * Every ACTIVE episode of an active patient in the caller's clinic (only those the clinician is
 * responsible for, when one is named), with what the alert rules read, aggregated by PostgreSQL in
 * one statement: each figure is an indexed subquery per episode, never a query per patient from here.
 * Windows are calendar days ending today, the clinic's day (todayIn(scope.timeZone)); a timestamp
 * (an episode or program created, a cramp's onset) counts on its day in the clinic's zone too.
 */
export async function listCaseloadEpisodes(
  scope: ClinicScope,
  clinicianId: string | null,
  today: string,
  /** Only these episodes (those whose stored summary is out of date); all of them when absent. */
  episodeIds: readonly string[] | null = null,
): Promise<CaseloadEpisodeFacts[]> {
  const painFrom = addDays(today, -(PAIN_WINDOW_DAYS - 1));
  const crampFrom = addDays(today, -(CRAMP_WINDOW_DAYS - 1));
  const zone = scope.timeZone;
  const records = await db.$queryRaw<EpisodeRecord[]>`
    SELECT e.id::text AS "episodeId", e.patient_id::text AS "patientId", p.first_name AS "firstName", p.last_name AS "lastName",
           p.record_number AS "recordNumber", e.diagnosis, e.phase::text AS phase, e.side::text AS side,
           e.onset_date::text AS "onsetDate", (e.created_at AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text AS "startedOn",
           (SELECT max(l.performed_on)::text FROM exercise_log l
             WHERE l.clinic_id = e.clinic_id AND l.episode_id = e.id) AS "lastLogOn",
           (SELECT max(l.pain_during) FROM exercise_log l
             WHERE l.clinic_id = e.clinic_id AND l.episode_id = e.id AND l.performed_on >= ${painFrom}::date) AS "maxPainDuring",
           -- R-PAIN [S45]: next-morning pain above the previous state, the last rest or morning rating
           -- before that session (an assessment's NPRS at rest on or before the session day, or an earlier
           -- session's next-morning rating, which wins a tie: it was given the day after its session). The
           -- worst such rise in the window; the SQL form of previousPainState (lib/portal/pain-rules.ts):
           -- change the two together (morning-pain-parity.integration.test.ts holds them equal). Each
           -- candidate is one index lookup, newest first: a union sorted on its computed day read every
           -- earlier rating of the episode for every morning, about 80 ms for 1,000 episodes (bench:pages).
           (SELECT json_build_object('pain', r.pain, 'previous', r.previous, 'sessionDate', r.session_date::text)
              FROM (SELECT m.pain, m.session_date,
                           CASE WHEN rest.observed_on IS NULL OR morning.observed_on >= rest.observed_on THEN morning.value
                                ELSE rest.value END AS previous
                      FROM morning_pain m
                      LEFT JOIN LATERAL (
                             SELECT m2.pain::float8 AS value, m2.session_date + 1 AS observed_on
                               FROM morning_pain m2
                              WHERE m2.clinic_id = e.clinic_id AND m2.episode_id = e.id AND m2.session_date < m.session_date
                              ORDER BY m2.session_date DESC LIMIT 1) morning ON true
                      -- Assessments by the episode's patient too (the composite key), so the
                      -- (clinic_id, patient_id, assessed_on) index finds them: by clinic alone a clinic of
                      -- 1,000 active patients took seconds.
                      LEFT JOIN LATERAL (
                             SELECT ms.value, a.assessed_on AS observed_on
                               FROM assessment a JOIN measurement ms ON ms.assessment_id = a.id AND ms.clinic_id = a.clinic_id
                              WHERE a.clinic_id = e.clinic_id AND a.patient_id = e.patient_id AND a.episode_id = e.id
                                AND a.assessed_on <= m.session_date AND ms.measure_code = 'nprs' AND ms.context = 'rest'
                              ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) rest ON true
                     WHERE m.clinic_id = e.clinic_id AND m.episode_id = e.id AND m.session_date >= ${painFrom}::date - 1) r
             WHERE r.pain > r.previous
             ORDER BY r.pain - r.previous DESC, r.session_date DESC LIMIT 1) AS "morningPainRise",
           (SELECT (min(pr.created_at) AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text FROM program pr
             WHERE pr.clinic_id = e.clinic_id AND pr.episode_id = e.id) AS "firstProgramOn",
           (SELECT max(a.assessed_on)::text FROM assessment a
             WHERE a.clinic_id = e.clinic_id AND a.patient_id = e.patient_id) AS "lastAssessedOn",
           -- R-MDC NPRS [S36]: the episode's first NPRS at rest is its baseline, the latest its current state.
           (SELECT m.value FROM assessment a JOIN measurement m ON m.assessment_id = a.id AND m.clinic_id = a.clinic_id
             WHERE a.clinic_id = e.clinic_id AND a.patient_id = e.patient_id AND a.episode_id = e.id AND m.measure_code = 'nprs' AND m.context = 'rest'
             ORDER BY a.assessed_on, a.created_at LIMIT 1) AS "baselineRestPain",
           (SELECT m.value FROM assessment a JOIN measurement m ON m.assessment_id = a.id AND m.clinic_id = a.clinic_id
             WHERE a.clinic_id = e.clinic_id AND a.patient_id = e.patient_id AND a.episode_id = e.id AND m.measure_code = 'nprs' AND m.context = 'rest'
             ORDER BY a.assessed_on DESC, a.created_at DESC LIMIT 1) AS "latestRestPain",
           -- R-CRAMP (domain.md §6): systemic symptoms → medical review [S43]; a hamstring cramp at night,
           -- asleep or lying awake, where nocturnal leg cramps seldom are → clinician review [S44]; and a
           -- possible strain (pop, bruising, trouble straightening, lasting tenderness). The SQL form of
           -- crampRedFlags (lib/cramps/red-flags.ts), held to it by cramp-parity.integration.test.ts.
           (SELECT count(*)::int FROM cramp_entry c
             WHERE c.clinic_id = e.clinic_id AND c.patient_id = e.patient_id
               AND c.onset_at >= (${crampFrom}::date)::timestamp AT TIME ZONE ${zone}
               AND (c.systemic_symptoms
                    OR (c.context IN ('NIGHT_SLEEP', 'REST_LYING_AWAKE')
                        AND c.muscle_site IN ('HAMSTRING_MEDIAL', 'HAMSTRING_LATERAL', 'HAMSTRING_UNSPECIFIED'))
                    OR c.pop_felt OR c.bruising OR c.trouble_straightening OR c.lasting_tenderness)
           ) AS "redFlagCramps"
    FROM episode e
    JOIN patient p ON p.id = e.patient_id AND p.clinic_id = e.clinic_id
    WHERE e.clinic_id = ${scope.clinicId}::uuid AND e.status = 'ACTIVE' AND p.status = 'ACTIVE'
      AND (${clinicianId}::uuid IS NULL OR e.clinician_id = ${clinicianId}::uuid)
      AND (${episodeIds && [...episodeIds]}::uuid[] IS NULL OR e.id = ANY(${episodeIds && [...episodeIds]}::uuid[]))`;
  return records.map(({ baselineRestPain, latestRestPain, ...record }) => ({
    ...record,
    phase: record.phase as Phase,
    restPain: { baseline: baselineRestPain, latest: latestRestPain },
  }));
}

type VersionItemRecord = VersionItem & { episodeId: string; version: number; savedOn: string; hasItem: boolean };

/**
 * For these episodes of the caller's clinic, in one statement: every program version saved in the load
 * window and in R-LOAD's 2 weeks before it (LOAD_HISTORY_DAYS), and the version in force before those,
 * with their items' doses and load-change reasons. The rule itself stays in TypeScript (load-jumps.ts).
 */
export async function listRecentProgramVersions(scope: ClinicScope, episodeIds: readonly string[], today: string): Promise<Map<string, SavedVersion[]>> {
  const byEpisode = new Map<string, (SavedVersion & { items: VersionItem[] })[]>();
  if (!episodeIds.length) return byEpisode;
  const since = addDays(today, -(LOAD_WINDOW_DAYS - 1) - LOAD_HISTORY_DAYS);
  const zone = scope.timeZone;
  // program.created_at is a UTC timestamp: a day's start in the clinic's zone, as one, is what it is compared with.
  const records = await db.$queryRaw<VersionItemRecord[]>`
    WITH window_start AS (
      SELECT pr.episode_id, COALESCE(max(pr.version) FILTER (WHERE pr.created_at < ((${since}::date)::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC'), min(pr.version)) AS first_version
      FROM program pr
      WHERE pr.clinic_id = ${scope.clinicId}::uuid AND pr.episode_id = ANY(${[...episodeIds]}::uuid[])
      GROUP BY pr.episode_id
      HAVING max(pr.created_at) >= ((${addDays(today, -(LOAD_WINDOW_DAYS - 1))}::date)::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')
    SELECT p.episode_id::text AS "episodeId", p.version, (p.created_at AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text AS "savedOn", i.id IS NOT NULL AS "hasItem",
           i.exercise_code AS "exerciseCode", i.sets, i.reps, i.hold_seconds AS "holdSeconds", i.load_kg AS "loadKg",
           i.per_week AS "perWeek", i.per_day AS "perDay", i.every_days AS "everyDays", i.duration_seconds AS "durationSeconds",
           i.distance_m AS "distanceM", i.load_change_reason AS "loadChangeReason"
    FROM program p
    JOIN window_start w ON w.episode_id = p.episode_id AND p.version >= w.first_version
    LEFT JOIN program_item i ON i.program_id = p.id AND i.clinic_id = p.clinic_id
    WHERE p.clinic_id = ${scope.clinicId}::uuid
    ORDER BY p.episode_id, p.version, i.position`;
  for (const { episodeId, version, savedOn, hasItem, ...item } of records) {
    const versions = byEpisode.get(episodeId) ?? [];
    byEpisode.set(episodeId, versions);
    if (versions.at(-1)?.version !== version) versions.push({ version, savedOn, items: [] });
    if (hasItem) versions.at(-1)!.items.push(item);
  }
  return byEpisode;
}

/** What the alert rules found for an episode, as stored (summaries.ts). */
export type StoredSummary = { alerts: Alert[]; lastLogOn: string | null; lastAssessedOn: string | null };

/** An active episode in the view, with its stored summary when that is still current. */
export type CaseloadViewRow = Pick<CaseloadEpisode, "episodeId" | "patientId" | "firstName" | "lastName" | "recordNumber" | "diagnosis" | "phase"> & {
  /** The episode's activity counter when read (a bigint, as text): a summary computed from here on is stored with it. */
  activity: string;
  summary: StoredSummary | null;
};

/**
 * Every ACTIVE episode of an active patient in the caller's clinic (the clinician's own, when one is
 * named), in one statement, each with its stored summary if it is current: computed after the last
 * change to what the rules read (no trigger has raised `activity` since), for today in the clinic's zone,
 * by these rules. Read before anything the rules read, so a change committed later always shows as one.
 */
export async function listCaseloadView(scope: ClinicScope, clinicianId: string | null, today: string, rulesVersion: string): Promise<CaseloadViewRow[]> {
  // Plain columns, not a JSON object per row: building 1,000 of those took half the statement's time.
  const rows = await db.$queryRaw<(Omit<CaseloadViewRow, "phase" | "summary"> & { phase: string; current: boolean | null } & StoredSummary)[]>`
    SELECT e.id::text AS "episodeId", e.patient_id::text AS "patientId", p.first_name AS "firstName", p.last_name AS "lastName",
           p.record_number AS "recordNumber", e.diagnosis, e.phase::text AS phase, COALESCE(s.activity, 0)::text AS activity,
           (s.computed_activity = s.activity AND s.computed_for = ${today}::date
              AND s.computed_zone = ${scope.timeZone} AND s.rules_version = ${rulesVersion}) AS current,
           s.alerts, s.last_log_on::text AS "lastLogOn", s.last_assessed_on::text AS "lastAssessedOn"
    FROM episode e
    JOIN patient p ON p.id = e.patient_id AND p.clinic_id = e.clinic_id
    LEFT JOIN caseload_summary s ON s.episode_id = e.id AND s.clinic_id = e.clinic_id
    WHERE e.clinic_id = ${scope.clinicId}::uuid AND e.status = 'ACTIVE' AND p.status = 'ACTIVE'
      AND (${clinicianId}::uuid IS NULL OR e.clinician_id = ${clinicianId}::uuid)`;
  return rows.map(({ current, alerts, lastLogOn, lastAssessedOn, phase, ...row }) => ({
    ...row,
    phase: phase as Phase,
    summary: current ? { alerts, lastLogOn, lastAssessedOn } : null,
  }));
}

/** A clinic with active episodes, and how current their stored alerts are. */
export type ClinicSummaryAge = { id: string; timeZone: string; oldestDay: string | null; otherwiseStale: boolean };

/**
 * Every clinic with an active episode of an active patient (those the dashboard lists), with the earliest
 * day their alerts were stored for and whether any was stored for another zone or rules, or never (about
 * 40 ms for 5,000 episodes in 20 clinics, every 15 minutes). Across clinics on purpose: only the
 * background job (jobs.ts) calls it, to find the clinics whose day has turned. The day is compared in
 * the caller, in the zone the app reads the clinic in: PostgreSQL's zone names need not match the runtime's.
 */
export async function unsafeListClinicSummaryAges(rulesVersion: string): Promise<ClinicSummaryAge[]> {
  return db.$queryRaw<ClinicSummaryAge[]>`
    SELECT c.id::text AS id, c.time_zone AS "timeZone", min(s.computed_for)::text AS "oldestDay",
           bool_or(s.computed_for IS NULL OR s.computed_zone IS DISTINCT FROM c.time_zone
                   OR s.rules_version IS DISTINCT FROM ${rulesVersion}) AS "otherwiseStale"
    FROM clinic c
    JOIN episode e ON e.clinic_id = c.id AND e.status = 'ACTIVE'
    JOIN patient p ON p.id = e.patient_id AND p.clinic_id = e.clinic_id AND p.status = 'ACTIVE'
    JOIN caseload_summary s ON s.episode_id = e.id AND s.clinic_id = e.clinic_id
    GROUP BY c.id, c.time_zone
    ORDER BY c.id`;
}
