import { LEG_LENGTH_TIERS, LSI_THRESHOLD, measureByCode, type MeasureCode } from "@/lib/assessments/catalogue";
import { formatDate } from "@/lib/core/dates";
import type { EpisodeStatus } from "@/lib/episodes/types";
import type { Phase } from "@/lib/episodes/phases";
import { weeklyAdherence } from "@/lib/programs/adherence";
import { pauseSpans, versionsInForce, type StatusChangeOnDay, type StoredVersion } from "@/lib/programs/adherence-inputs";
import { CHART_MEASURE_CODES, CHART_MEASURE_GROUPS, chartMeasureLabel, derivedMeasure, type ChartMeasureCode } from "./chart-measures";
import { crampContextsUsed, crampsPerWeek, type CrampDay } from "./cramps";
import { lldSeries, lsiSeries } from "./derived-series";
import { lefsSeries, type CompletedLefs } from "./lefs-points";
import { measureSeries, type AssessedRows } from "./measure-series";
import { weeklyPain, type MorningPainEntry, type PainLog } from "./pain";
import { chartAxis, episodeWindow, rangeWindow, type DayWindow } from "./range";
import type { ProgressParams } from "./schema";
import { crampTable, lefsTable, measureTable, timelineTable, weeksTable } from "./tables";
import { phaseBands, timelineMarkers, type PhaseEntry, type VisitNoteEntry } from "./timeline";
import type { MeasureChartDTO, ProgressView } from "./types";
import { weeklySummary } from "./weekly-summary";

/**
 * Everything the progress tab shows, computed from one patient's records (loaded by data.ts in a
 * constant number of queries). Pure, so the numbers are tested without a browser.
 *
 * Episode-bound series (phases, program versions, adherence, pain) come from the selected episode;
 * patient-bound ones (assessments, LEFS, cramps) from all of the patient's records. The range then
 * limits every chart to the same days, drawn on the same weekly axis.
 */
export type ProgressEpisodeRecord = {
  id: string;
  diagnosis: string;
  side: "LEFT" | "RIGHT" | "BOTH";
  status: EpisodeStatus;
  phase: Phase;
  onsetDate: string;
};

export type EpisodeHistory = {
  phaseChanges: PhaseEntry[];
  statusChanges: StatusChangeOnDay[];
  programs: (StoredVersion & { phase: Phase })[];
  logs: (PainLog & { programItemId: string; exerciseCode: string })[];
  mornings: MorningPainEntry[];
};

export type ProgressRecords = {
  sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
  /** Newest first. */
  episodes: ProgressEpisodeRecord[];
  /** The selected episode's history, null when the patient has no episode. */
  history: EpisodeHistory | null;
  assessments: AssessedRows[];
  lefs: CompletedLefs[];
  cramps: CrampDay[];
  /** The patient's visit notes, on their visits' days (patient-bound, like assessments). */
  visitNotes: VisitNoteEntry[];
};

/** The episode to show: the one named in the URL, else the newest active one, else the newest. */
export function selectEpisode(episodes: readonly ProgressEpisodeRecord[], requested: string | null): ProgressEpisodeRecord | null | "not-found" {
  if (requested !== null) return episodes.find((episode) => episode.id === requested) ?? "not-found";
  return episodes.find((episode) => episode.status === "ACTIVE") ?? episodes[0] ?? null;
}

function earliestDay(records: ProgressRecords): string | null {
  const days = [
    ...records.episodes.map((episode) => episode.onsetDate),
    ...(records.history?.phaseChanges.map((change) => change.changedOn) ?? []),
    ...(records.history?.logs.map((log) => log.performedOn) ?? []),
    ...records.assessments.map((assessment) => assessment.assessedOn),
    ...records.lefs.map((entry) => entry.completedOn),
    ...records.cramps.map((cramp) => cramp.onsetOn),
  ];
  return days.length ? days.reduce((min, day) => (day < min ? day : min)) : null;
}

function finishedOn(history: EpisodeHistory | null, status: EpisodeStatus): string | null {
  if (status !== "FINISHED" || !history) return null;
  return history.statusChanges.filter((change) => change.toStatus === "FINISHED").at(-1)?.on ?? null;
}

const involvedLimb = (side: "LEFT" | "RIGHT" | "BOTH" | undefined) => (side === "LEFT" || side === "RIGHT" ? side : null);

function measureChart(records: ProgressRecords, code: ChartMeasureCode, window: DayWindow, acute: boolean, involved: "LEFT" | "RIGHT" | null): MeasureChartDTO {
  const label = chartMeasureLabel(code);
  const derived = derivedMeasure(code);
  if (derived?.kind === "lld") {
    return { kind: "lld", code, label, points: lldSeries(records.assessments, derived.from, window), tiers: LEG_LENGTH_TIERS };
  }
  if (derived?.kind === "lsi") {
    return { kind: "lsi", code, label, points: lsiSeries(records.assessments, derived.from, involved, window), thresholdPercent: LSI_THRESHOLD.belowPercent };
  }
  const measureCode = code as MeasureCode;
  const measure = measureByCode(measureCode);
  const { series, threshold, mdc } = measureSeries(records.assessments, measureCode, { acute, sex: records.sex, window });
  return {
    kind: "measure",
    code,
    label,
    unit: { symbol: measure.unit.symbol, name: measure.unit.name },
    scale: measure.kind === "grade" ? "grade" : "quantity",
    series,
    threshold: threshold && { value: threshold.value, comparison: threshold.comparison, text: `Impaired: ${threshold.meaning} [${threshold.source}]` },
    mdc,
  };
}

/** Codes with any value at all (any date), derived ones when both limbs were measured once. */
function measuresWithData(records: ProgressRecords): ChartMeasureCode[] {
  const everything: DayWindow = { from: "0000-01-01", to: "9999-12-31" };
  const recorded = new Set(records.assessments.flatMap((assessment) => assessment.rows.map((row) => row.measureCode as string)));
  return CHART_MEASURE_CODES.filter((code) => {
    const derived = derivedMeasure(code);
    if (!derived) return recorded.has(code);
    return derived.kind === "lld" ? lldSeries(records.assessments, derived.from, everything).length > 0 : lsiSeries(records.assessments, derived.from, null, everything).length > 0;
  });
}

export function buildProgressView(records: ProgressRecords, params: ProgressParams, today: string): ProgressView | null {
  const episode = selectEpisode(records.episodes, params.episode);
  if (episode === "not-found") return null;
  const history = episode ? records.history : null;
  const episodeDays =
    episode &&
    episodeWindow(
      { onsetDate: episode.onsetDate, firstPhaseDay: history?.phaseChanges.map((change) => change.changedOn).sort()[0] ?? null, finishedOn: finishedOn(history, episode.status) },
      today,
    );
  const window = rangeWindow(params.range, { today, episode: episodeDays, earliest: earliestDay(records) });
  // The same rule as the assessment pages: acute-injury MDCs while an active episode is acute.
  const acute = records.episodes.some((candidate) => candidate.status === "ACTIVE" && candidate.phase === "ACUTE");

  const adherence = history
    ? weeklyAdherence({ versions: versionsInForce(history.programs), pauses: pauseSpans(history.statusChanges), logs: history.logs, ...window })
    : [];
  const weeks = weeklySummary(adherence, weeklyPain(history?.logs ?? [], history?.mornings ?? [], window));
  const timeline = {
    bands: phaseBands(history?.phaseChanges ?? [], window),
    ...timelineMarkers(
      records.assessments.map((assessment) => assessment.assessedOn),
      (history?.programs ?? []).map(({ version, phase, createdOn }) => ({ version, phase, createdOn })),
      window,
      records.visitNotes,
    ),
  };
  const lefs = lefsSeries(records.lefs, window);
  const crampWeeks = crampsPerWeek(records.cramps, window);
  const cramps = { weeks: crampWeeks, contexts: crampContextsUsed(crampWeeks) };
  const measure = measureChart(records, params.measure, window, acute, involvedLimb(episode?.side));

  return {
    params: { ...params, episode: episode?.id ?? null },
    episodes: records.episodes.map((candidate) => ({ id: candidate.id, label: `${candidate.diagnosis} (onset ${formatDate(candidate.onsetDate)})` })),
    episode: episode && { id: episode.id, diagnosis: episode.diagnosis, status: episode.status, phase: episode.phase },
    window,
    axis: chartAxis(window),
    timeline,
    weeks,
    lefs,
    cramps,
    measure,
    measureGroups: CHART_MEASURE_GROUPS,
    measuresWithData: measuresWithData(records),
    tables: {
      timeline: timelineTable(timeline),
      weeks: weeksTable(weeks),
      lefs: lefsTable(lefs),
      cramps: crampTable(cramps.weeks, cramps.contexts),
      measure: measureTable(measure),
    },
  };
}
