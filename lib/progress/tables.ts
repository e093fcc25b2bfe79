import { measureByCode, type MeasureCode } from "@/lib/assessments/catalogue";
import { formatValue } from "@/lib/assessments/findings";
import { addDays } from "@/lib/core/calendar";
import { formatDate } from "@/lib/core/dates";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { CRAMP_CONTEXT_LABELS, type CrampContext, type CrampWeek } from "./cramps";
import { LEFS_MCID, type LefsSeries } from "./lefs-points";
import type { PhaseBand, TimelineMarkers } from "./timeline";
import type { ChartTableDTO, MeasureChartDTO } from "./types";
import type { WeekSummary } from "./weekly-summary";

/**
 * Every chart's accessible alternative: the same numbers as a table of plain strings, formatted on the
 * server so screen-reader users, print and the tests read exactly what the chart draws.
 */
const DASH = "—";
const yesNo = (value: boolean) => (value ? "Yes" : "No");
const percent = (value: number) => `${value} %`;

/** "+12", "−3", "0", with a real minus sign. */
export function signed(value: number, format: (magnitude: number) => string = String): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}

const LLD_TIER_LABELS = { normal: "Normal variation", monitor: "Monitor", relevant: "Clinically relevant" } as const;
const SIDE_LABELS = { LEFT: "Left", RIGHT: "Right" } as const;

export function timelineTable(timeline: { bands: PhaseBand[] } & TimelineMarkers): ChartTableDTO {
  const events: [string, string][] = [
    ...timeline.bands.map((band): [string, string] => [band.from, `${PHASE_LABELS[band.phase]} phase, to ${formatDate(addDays(band.to, -1))}`]),
    ...timeline.assessments.map((day): [string, string] => [day, "Assessment"]),
    ...timeline.programVersions.map((program): [string, string] => [program.createdOn, `Program version ${program.version} (${PHASE_LABELS[program.phase].toLowerCase()})`]),
    ...timeline.visitNotes.map((note): [string, string] => [note.visitDay, note.status === "SIGNED" ? "Visit note (signed)" : "Visit note (draft, unsigned)"]),
  ];
  return {
    caption: "Episode timeline events",
    columns: ["Date", "Event"],
    rows: events.sort(([a], [b]) => a.localeCompare(b)).map(([day, event]) => [formatDate(day), event]),
  };
}

const painCell = (mean: number | null, count: number) => (mean === null ? DASH : `${mean} (${count} ${count === 1 ? "rating" : "ratings"})`);

export function weeksTable(weeks: readonly WeekSummary[]): ChartTableDTO {
  return {
    caption: "Weekly adherence and pain",
    columns: ["Week of", "Sessions done", "Sessions prescribed", "Adherence", "Pain during exercise (mean, 0–10)", "Next-morning pain (mean, 0–10)"],
    rows: weeks.map((week) => [
      formatDate(week.weekStart),
      week.done === null ? DASH : String(week.done),
      week.prescribed === null ? DASH : String(week.prescribed),
      week.adherence === null ? DASH : percent(week.adherence),
      painCell(week.painDuring, week.painDuringCount),
      painCell(week.morningPain, week.morningPainCount),
    ]),
  };
}

export function lefsTable(lefs: LefsSeries): ChartTableDTO {
  return {
    caption: "LEFS totals",
    columns: ["Completed", "Total (0–80)", "Change since first shown", `Meaningful change (${LEFS_MCID.points} points or more)`],
    rows: lefs.points.map((point) => [
      formatDate(point.date),
      String(point.total),
      point.change === null ? DASH : signed(point.change),
      point.change === null ? DASH : yesNo(point.meaningful),
    ]),
  };
}

export function crampTable(weeks: readonly CrampWeek[], contexts: readonly CrampContext[]): ChartTableDTO {
  return {
    caption: "Cramps per week by context",
    columns: ["Week of", ...contexts.map((context) => CRAMP_CONTEXT_LABELS[context]), "Total"],
    rows: weeks.map((week) => [formatDate(week.weekStart), ...contexts.map((context) => String(week.counts[context])), String(week.total)]),
  };
}

export function measureTable(chart: MeasureChartDTO): ChartTableDTO {
  const caption = `${chart.label} over time`;
  switch (chart.kind) {
    case "lld":
      return {
        caption,
        columns: ["Date", "Discrepancy (mm)", "Shorter side", "Method", "Tier"],
        rows: chart.points.map((point) => [
          formatDate(point.date),
          String(point.mm),
          point.shortSide ? SIDE_LABELS[point.shortSide] : "Equal",
          point.method ?? DASH,
          LLD_TIER_LABELS[point.tier],
        ]),
      };
    case "lsi":
      return {
        caption,
        columns: ["Date", "Left (N)", "Right (N)", "Limb symmetry index", `Below ${chart.thresholdPercent} %`],
        rows: chart.points.map((point) => [formatDate(point.date), String(point.left), String(point.right), percent(point.lsi), yesNo(point.belowThreshold)]),
      };
    case "measure": {
      const measure = measureByCode(chart.code as MeasureCode);
      const step = (magnitude: number) => (measure.kind === "grade" ? `${magnitude} grade ${magnitude === 1 ? "step" : "steps"}` : formatValue(measure, magnitude));
      const rows = chart.series
        .flatMap((line) => line.points.map((point) => ({ line: line.label, point })))
        .sort((a, b) => a.point.date.localeCompare(b.point.date));
      const lineColumn = measure.contexts ? "Context" : measure.bilateral ? "Side" : "Measure";
      return {
        caption,
        columns: ["Date", lineColumn, `Value (${measure.unit.name})`, "Change since previous", "Real change (at least the MDC)", ...(chart.threshold ? ["Impaired"] : [])],
        rows: rows.map(({ line, point }) => [
          formatDate(point.date),
          line,
          formatValue(measure, point.value),
          point.change === null ? DASH : signed(point.change, step),
          point.change === null || !chart.mdc ? DASH : yesNo(point.beyondMdc),
          ...(chart.threshold ? [yesNo(point.impaired)] : []),
        ]),
      };
    }
  }
}
