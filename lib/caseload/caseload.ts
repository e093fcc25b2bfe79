import { addDays } from "@/lib/core/calendar";
import type { GateEvaluation } from "@/lib/episodes/gates";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { PHASES, type Phase } from "@/lib/episodes/phases";
import { alertsFor, ALERT_RULES, LOAD_WINDOW_DAYS, type Alert, type MorningPainRise, type RestPain } from "./alerts";
import { unexplainedLoadRisesSince, type SavedVersion } from "./load-jumps";
import { CASELOAD_PAGE_SIZE, type CaseloadParams, type CaseloadSort } from "./params";
import type { CaseloadDTO, CaseloadRowDTO } from "./types";

/**
 * Turns what the database aggregated for active episodes (data.ts) into the dashboard: alerts per
 * episode (stored between views, summaries.ts), the phase summary, and the sorted page of episodes that
 * need attention. Pure.
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

/** An active episode as the dashboard lists it: who, where in care, and what its alerts found (stored or just computed). */
export type CaseloadEntry = Pick<CaseloadEpisode, "episodeId" | "patientId" | "firstName" | "lastName" | "recordNumber" | "diagnosis" | "phase" | "lastLogOn" | "lastAssessedOn"> & {
  alerts: readonly Alert[];
};

function toRow(entry: CaseloadEntry): CaseloadRowDTO {
  return {
    episodeId: entry.episodeId,
    patientId: entry.patientId,
    patientName: patientNameOf(entry),
    recordNumber: entry.recordNumber,
    diagnosis: entry.diagnosis,
    phase: entry.phase,
    alerts: entry.alerts.map(({ kind, detail }) => ({ kind, detail })),
    lastLogOn: entry.lastLogOn,
    lastAssessedOn: entry.lastAssessedOn,
  };
}

/** "Last, First", as the registry shows names. */
const patientNameOf = (entry: Pick<CaseloadEntry, "firstName" | "lastName">) => `${entry.lastName}, ${entry.firstName}`;

/** What the sorts read of a row; a clinic's whole caseload is sorted before only its page becomes rows. */
type Sortable = Pick<CaseloadRowDTO, "episodeId" | "patientName" | "phase" | "lastLogOn"> & { alerts: { length: number } };

// One collator for every comparison: the same order as localeCompare(…, "en"), which builds one per call.
const english = new Intl.Collator("en");
const byName = (a: Sortable, b: Sortable) => english.compare(a.patientName, b.patientName) || a.episodeId.localeCompare(b.episodeId);

/** Ascending order of each sort; "no log yet" sorts as the oldest. Ties fall back to the patient's name, A to Z. */
const COMPARE: Record<CaseloadSort, (a: Sortable, b: Sortable) => number> = {
  alerts: (a, b) => a.alerts.length - b.alerts.length,
  patient: byName,
  phase: (a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase),
  lastLog: (a, b) => (a.lastLogOn ?? "").localeCompare(b.lastLogOn ?? ""),
};

export function sortRows<Row extends Sortable>(rows: readonly Row[], sort: CaseloadSort, dir: "asc" | "desc"): Row[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[sort](a, b) || byName(a, b));
}

/** Each episode's alerts, by episode id: the rules applied to the facts the database aggregated. */
export function alertsOf({ episodes, catalogue, recentVersions, gates }: CaseloadInput, today: string): Map<string, Alert[]> {
  const loadSince = addDays(today, -(LOAD_WINDOW_DAYS - 1));
  return new Map(
    episodes.map((episode) => [
      episode.episodeId,
      alertsFor(
        { ...episode, loadJumps: unexplainedLoadRisesSince(recentVersions.get(episode.episodeId) ?? [], loadSince, catalogue), gate: gates.get(episode.episodeId) },
        today,
      ),
    ]),
  );
}

/** The dashboard from every active episode in the view with its alerts: the phase summary and the sorted page of those with any. */
export function caseloadPage(entries: readonly CaseloadEntry[], params: CaseloadParams): CaseloadDTO {
  const phaseCounts = Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>;
  const flagged: (Sortable & { entry: CaseloadEntry })[] = [];
  for (const entry of entries) {
    phaseCounts[entry.phase] += 1;
    if (entry.alerts.length) flagged.push({ ...entry, patientName: patientNameOf(entry), entry });
  }
  const start = (params.page - 1) * CASELOAD_PAGE_SIZE;
  return {
    view: params.view,
    phaseCounts,
    activeEpisodes: entries.length,
    alertRules: ALERT_RULES,
    rows: sortRows(flagged, params.sort, params.dir)
      .slice(start, start + CASELOAD_PAGE_SIZE)
      .map(({ entry }) => toRow(entry)),
    total: flagged.length,
  };
}

/** The dashboard computed from scratch: every episode's alerts, then the page. */
export function buildCaseload(input: CaseloadInput, params: CaseloadParams, today: string): CaseloadDTO {
  const alerts = alertsOf(input, today);
  return caseloadPage(
    input.episodes.map((episode) => ({ ...episode, alerts: alerts.get(episode.episodeId)! })),
    params,
  );
}
