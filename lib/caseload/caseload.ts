import { addDays } from "@/lib/core/calendar";
import type { GateEvaluation } from "@/lib/episodes/gates";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { PHASES, type Phase } from "@/lib/episodes/phases";
import { alertsFor, ALERT_RULES, LOAD_WINDOW_DAYS, type Alert, type AlertKind, type MorningPainRise, type RestPain } from "./alerts";
import { unexplainedLoadRisesSince, type SavedVersion } from "./load-jumps";
import { CASELOAD_PAGE_SIZE, type CaseloadParams, type CaseloadSort } from "./params";
import type { CaseloadDTO, CaseloadRowDTO } from "./types";

/**
 * Turns what the database aggregated for every active episode (data.ts) into the dashboard: alerts
 * per episode, the phase summary, and the sorted page of episodes that need attention. Pure.
 */

/** One active episode with the facts the alert rules read; dates are calendar days. */
export type CaseloadEpisode = {
  episodeId: string;
  patientId: string;
  firstName: string;
  lastName: string;
  recordNumber: string;
  diagnosis: string;
  phase: Phase;
  startedOn: string;
  maxPainDuring: number | null;
  morningPainRise: MorningPainRise | null;
  restPain: RestPain;
  firstProgramOn: string | null;
  lastLogOn: string | null;
  lastAssessedOn: string | null;
  redFlagCramps: number;
};

export type CaseloadInput = {
  episodes: readonly CaseloadEpisode[];
  /** The clinic's exercises (shared library and its own), to weigh load changes. */
  catalogue: ExerciseCatalogue;
  /** Per episode: versions saved in the load window and the ones just before them. */
  recentVersions: ReadonlyMap<string, readonly SavedVersion[]>;
  gates: ReadonlyMap<string, GateEvaluation>;
};

/** Where each reason chip leads: the tab or page where the clinician can act on it. */
export function alertHref(kind: AlertKind, patientId: string, episodeId: string): string {
  const patient = `/patients/${patientId}`;
  switch (kind) {
    case "pain-during":
    case "morning-pain":
    case "no-log":
    case "cramp-red-flag":
      return `${patient}/diary`;
    case "rest-pain-rise":
      return `${patient}/progress`;
    case "load-jump":
      return `${patient}/episodes/${episodeId}/program`;
    case "reassessment-due":
      return `${patient}/assessments/new?episode=${episodeId}`;
    case "gate-met":
      return `${patient}/episodes/${episodeId}`;
  }
}

function toRow(episode: CaseloadEpisode, alerts: Alert[]): CaseloadRowDTO {
  return {
    episodeId: episode.episodeId,
    patientId: episode.patientId,
    patientName: `${episode.lastName}, ${episode.firstName}`,
    recordNumber: episode.recordNumber,
    diagnosis: episode.diagnosis,
    phase: episode.phase,
    alerts: alerts.map((alert) => ({ ...alert, ...ALERT_RULES[alert.kind], href: alertHref(alert.kind, episode.patientId, episode.episodeId) })),
    lastLogOn: episode.lastLogOn,
    lastAssessedOn: episode.lastAssessedOn,
  };
}

const byName = (a: CaseloadRowDTO, b: CaseloadRowDTO) => a.patientName.localeCompare(b.patientName, "en") || a.episodeId.localeCompare(b.episodeId);

/** Ascending order of each sort; "no log yet" sorts as the oldest. Ties fall back to the patient's name, A to Z. */
const COMPARE: Record<CaseloadSort, (a: CaseloadRowDTO, b: CaseloadRowDTO) => number> = {
  alerts: (a, b) => a.alerts.length - b.alerts.length,
  patient: byName,
  phase: (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase),
  lastLog: (a, b) => (a.lastLogOn ?? "").localeCompare(b.lastLogOn ?? ""),
};

export function sortRows(rows: readonly CaseloadRowDTO[], sort: CaseloadSort, dir: "asc" | "desc"): CaseloadRowDTO[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort](a, b) || byName(a, b));
}

export function buildCaseload({ episodes, catalogue, recentVersions, gates }: CaseloadInput, params: CaseloadParams, today: string): CaseloadDTO {
  const loadSince = addDays(today, -(LOAD_WINDOW_DAYS - 1));
  const phaseCounts = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  const flagged: CaseloadRowDTO[] = [];
  for (const episode of episodes) {
    phaseCounts[episode.phase] += 1;
    const alerts = alertsFor(
      { ...episode, loadJumps: unexplainedLoadRisesSince(recentVersions.get(episode.episodeId) ?? [], loadSince, catalogue), gate: gates.get(episode.episodeId) },
      today,
    );
    if (alerts.length) flagged.push(toRow(episode, alerts));
  }
  const start = (params.page - 1) * CASELOAD_PAGE_SIZE;
  return {
    view: params.view,
    phaseCounts,
    activeEpisodes: episodes.length,
    rows: sortRows(flagged, params.sort, params.dir).slice(start, start + CASELOAD_PAGE_SIZE),
    total: flagged.length,
  };
}
