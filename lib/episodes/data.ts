import "server-only";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import type { ExerciseDefinition } from "@/lib/exercises/library-types";
import { withStepBackPauses, type PhaseOnDay, type VersionWithPhase } from "@/lib/programs/paused-items";
import type { Frequency } from "@/lib/programs/schedule";
import type { StatusChangeOnDay } from "@/lib/programs/adherence-inputs";
import { gateWindows, type GateEvidence, type LoggedDay } from "./gate-evidence";
import { parseSnapshot } from "./gate-snapshot";
import type { Phase } from "./phases";
import type { EpisodeDTO, EpisodeSummaryDTO } from "./types";
import { toIsoDate } from "@/lib/core/calendar";

const summarySelect = {
  id: true,
  diagnosis: true,
  icd10Code: true,
  side: true,
  onsetDate: true,
  mechanism: true,
  status: true,
  phase: true,
  phaseSince: true,
  version: true,
  clinician: { select: { name: true } },
} as const;

type SummaryRecord = {
  onsetDate: Date;
  phaseSince: Date;
  icd10Code: string | null;
  clinician: { name: string };
} & Omit<EpisodeSummaryDTO, "onsetDate" | "phaseSince" | "icd10Code" | "clinicianName">;

function toSummary({ clinician, onsetDate, phaseSince, icd10Code, ...record }: SummaryRecord): EpisodeSummaryDTO {
  return {
    ...record,
    icd10Code: icd10Code ?? "",
    onsetDate: toIsoDate(onsetDate),
    phaseSince: phaseSince.toISOString(),
    clinicianName: clinician.name,
  };
}

/** A patient's episodes of care in the caller's clinic, newest first. */
export async function listPatientEpisodes(scope: ClinicScope, patientId: string): Promise<EpisodeSummaryDTO[]> {
  const records = await db.episode.findMany({
    where: { clinicId: scope.clinicId, patientId },
    orderBy: { createdAt: "desc" },
    select: summarySelect,
  });
  return records.map(toSummary);
}

/** One episode of the patient in the caller's clinic with its phase history, or null. */
export async function getEpisode(scope: ClinicScope, patientId: string, episodeId: string): Promise<EpisodeDTO | null> {
  const record = await db.episode.findFirst({
    where: { id: episodeId, clinicId: scope.clinicId, patientId },
    select: {
      ...summarySelect,
      patientId: true,
      phaseChanges: {
        orderBy: { changedAt: "asc" },
        select: { fromPhase: true, toPhase: true, changedAt: true, reason: true, gateSnapshot: true, changedBy: { select: { name: true } } },
      },
    },
  });
  if (!record) return null;
  const { phaseChanges, patientId: owner, ...summary } = record;
  return {
    ...toSummary(summary),
    patientId: owner,
    phaseChanges: phaseChanges.map(({ changedBy, changedAt, reason, gateSnapshot, ...change }) => ({
      ...change,
      changedAt: changedAt.toISOString(),
      changedByName: changedBy.name,
      reason: reason ?? "",
      gate: parseSnapshot(gateSnapshot),
    })),
  };
}

type LoggedDayRecord = { episodeId: string; exerciseCode: string; performedOn: string; sessions: number; maxPainDuring: number | null };
type VersionItemRecord = {
  episodeId: string;
  programId: string;
  givenOn: string;
  itemId: string | null;
  exerciseCode: string | null;
  perWeek: number | null;
  perDay: number | null;
  everyDays: number | null;
  phase: Phase;
};
/** A status change, or (kind "phase") a phase change, on its (UTC) day. */
type ChangeRecord = { episodeId: string; kind: "status" | "phase"; to: string; on: string };
type AssessmentRowRecord = MeasurementRow & { episodeId: string; assessedOn: string };
type CollectedVersion = VersionWithPhase & { items: ({ id: string; exerciseCode: string } & Frequency)[] };
type CollectedEvidence = {
  loggedDays: LoggedDay[];
  versions: CollectedVersion[];
  phaseChanges: PhaseOnDay[];
  statusChanges: StatusChangeOnDay[];
  latestAssessment: { assessedOn: string; rows: MeasurementRow[] } | null;
};

/**
 * What the phase gates of these episodes read from the records (gate-evidence.ts), in four queries
 * however many episodes there are: logged sessions per exercise and day over the gate windows, the
 * program versions in force then, status and phase changes, and the measurements of each episode's
 * latest assessment. Items a step back paused are not due on those days (withStepBackPauses, which
 * reads each exercise through `exerciseOf`). Only episodes of the caller's clinic are read; other ids
 * find nothing.
 */
export async function listGateEvidence(
  scope: ClinicScope,
  episodeIds: readonly string[],
  today: string,
  exerciseOf: (code: string) => ExerciseDefinition | undefined,
): Promise<Map<string, GateEvidence>> {
  const evidence = new Map<string, CollectedEvidence>(
    episodeIds.map((id) => [id, { loggedDays: [], versions: [], phaseChanges: [], statusChanges: [], latestAssessment: null }]),
  );
  if (!episodeIds.length) return evidence;
  const ids = [...episodeIds];
  const windows = gateWindows(today);
  // Timestamps (created_at, changed_at: UTC without a zone) count on their day in the clinic's zone, like `today`.
  const zone = scope.timeZone;

  const [loggedDays, versionItems, changes, assessmentRows] = await Promise.all([
    db.$queryRaw<LoggedDayRecord[]>`
      SELECT episode_id::text AS "episodeId", exercise_code AS "exerciseCode", performed_on::text AS "performedOn",
             count(*)::int AS sessions, max(pain_during) AS "maxPainDuring"
      FROM exercise_log
      WHERE clinic_id = ${scope.clinicId}::uuid AND episode_id = ANY(${ids}::uuid[])
        AND performed_on BETWEEN ${windows.adherence.from}::date AND ${windows.pain.to}::date
      GROUP BY episode_id, exercise_code, performed_on`,
    db.$queryRaw<VersionItemRecord[]>`
      SELECT p.episode_id::text AS "episodeId", p.id::text AS "programId", (p.created_at AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text AS "givenOn", p.phase::text AS phase,
             i.id::text AS "itemId", i.exercise_code AS "exerciseCode", i.per_week AS "perWeek", i.per_day AS "perDay", i.every_days AS "everyDays"
      FROM program p
      LEFT JOIN program_item i ON i.program_id = p.id AND i.clinic_id = p.clinic_id
      WHERE p.clinic_id = ${scope.clinicId}::uuid AND p.episode_id = ANY(${ids}::uuid[])
        -- A version is in force from the clinic's day it was given: keep the latest one given by the end of
        -- the window's first day, and every later one. created_at holds UTC without a zone.
        AND p.created_at >= COALESCE(
          (SELECT max(earlier.created_at) FROM program earlier
           WHERE earlier.clinic_id = p.clinic_id AND earlier.episode_id = p.episode_id
             AND earlier.created_at < (((${windows.adherence.from}::date + 1)::timestamp AT TIME ZONE ${zone}) AT TIME ZONE 'UTC')),
          '-infinity')
      ORDER BY p.episode_id, p.version, i.position`,
    db.$queryRaw<ChangeRecord[]>`
      SELECT episode_id::text AS "episodeId", 'status' AS kind, to_status::text AS "to", (changed_at AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text AS "on", changed_at
      FROM episode_status_change
      WHERE clinic_id = ${scope.clinicId}::uuid AND episode_id = ANY(${ids}::uuid[])
      UNION ALL
      SELECT episode_id::text, 'phase', to_phase::text, (changed_at AT TIME ZONE 'UTC' AT TIME ZONE ${zone})::date::text, changed_at
      FROM phase_change
      WHERE clinic_id = ${scope.clinicId}::uuid AND episode_id = ANY(${ids}::uuid[])
      ORDER BY 1, 5`,
    db.$queryRaw<AssessmentRowRecord[]>`
      WITH latest AS (
        SELECT DISTINCT ON (episode_id) episode_id, id, assessed_on
        FROM assessment
        WHERE clinic_id = ${scope.clinicId}::uuid AND episode_id = ANY(${ids}::uuid[])
        ORDER BY episode_id, assessed_on DESC, created_at DESC)
      SELECT latest.episode_id::text AS "episodeId", latest.assessed_on::text AS "assessedOn", m.measure_code AS "measureCode",
             m.side::text AS side, m.value, m.method, m.context, m.flag
      FROM latest JOIN measurement m ON m.assessment_id = latest.id AND m.clinic_id = ${scope.clinicId}::uuid
      ORDER BY latest.episode_id, m.id`,
  ]);

  const of = (episodeId: string) => evidence.get(episodeId)!;
  for (const { episodeId, ...day } of loggedDays) of(episodeId).loggedDays.push(day);
  const versions = new Map<string, CollectedVersion>();
  for (const { episodeId, programId, givenOn, phase, itemId, exerciseCode, perWeek, perDay, everyDays } of versionItems) {
    let version = versions.get(programId);
    if (!version) {
      version = { from: givenOn, phase, items: [] };
      versions.set(programId, version);
      of(episodeId).versions.push(version);
    }
    if (itemId !== null && exerciseCode !== null) version.items.push({ id: itemId, exerciseCode, perWeek, perDay, everyDays });
  }
  for (const { episodeId, kind, to, on } of changes) {
    if (kind === "phase") of(episodeId).phaseChanges.push({ toPhase: to as Phase, on });
    else of(episodeId).statusChanges.push({ toStatus: to as StatusChangeOnDay["toStatus"], on });
  }
  for (const { episodeId, assessedOn, ...row } of assessmentRows) {
    const target = of(episodeId);
    target.latestAssessment ??= { assessedOn, rows: [] };
    target.latestAssessment.rows.push(row);
  }
  return new Map(
    [...evidence].map(([id, { versions: stored, phaseChanges, ...rest }]) => [id, { ...rest, versions: withStepBackPauses(stored, phaseChanges, exerciseOf) }]),
  );
}
