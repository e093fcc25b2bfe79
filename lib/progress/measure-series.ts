import { measureByCode, type MeasureCode } from "@/lib/assessments/catalogue";
import type { Mdc, MeasureDefinition, Threshold } from "@/lib/assessments/catalogue-types";
import { acuteBetween, changesSince, mdcFor } from "@/lib/assessments/changes";
import { crosses, pelvisControlled } from "@/lib/assessments/findings";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { inWindow, type DayWindow } from "./range";

/**
 * One catalogue measure over time, one line per limb (or per NPRS context, or a single line for an
 * unsided value). Each point's change is judged against the measure's MDC by the same rule as the
 * assessment pages (lib/assessments/changes.ts), so a point marked "real change" here is one the
 * assessment page calls real too.
 */
/** One assessment's rows, and whether its episode was acute that day (lib/assessments/phase-at-measurement.ts). */
export type AssessedRows = { assessedOn: string; acutePhase: boolean; rows: readonly MeasurementRow[] };

export type SeriesPoint = {
  date: string;
  value: number;
  /** Change since the previous value of the same line (even one before the window); null for the first or when the method differed. */
  change: number | null;
  /** |change| is at least the MDC (domain.md §1.0 rule 4). */
  beyondMdc: boolean;
  /** On the impaired side of the catalogue threshold. */
  impaired: boolean;
};

export type Series = { key: string; label: string; points: SeriesPoint[] };

export type MeasureSeries = { series: Series[]; threshold: Threshold | null; mdc: Mdc | null };

export type SeriesOptions = {
  /** The MDC shown beside the chart is the acute-injury one while the episode is acute; each change is judged by acuteBetween. */
  acute: boolean;
  sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
  window: DayWindow;
};

/** The measure's impairment threshold, by sex where the norm differs (sit-and-reach). */
export function thresholdFor(measure: MeasureDefinition, sex: SeriesOptions["sex"]): Threshold | null {
  if (measure.threshold) return measure.threshold;
  return sex === "FEMALE" || sex === "MALE" ? (measure.thresholdBySex?.[sex] ?? null) : null;
}

function lineOf(measure: MeasureDefinition, row: MeasurementRow): { key: string; label: string } {
  if (measure.contexts) {
    const context = measure.contexts.find((option) => option.value === row.context);
    return { key: row.context, label: context?.label ?? row.context };
  }
  if (row.side === "LEFT") return { key: "LEFT", label: "Left" };
  if (row.side === "RIGHT") return { key: "RIGHT", label: "Right" };
  return { key: "NONE", label: measure.abbreviation.charAt(0).toUpperCase() + measure.abbreviation.slice(1) };
}

/** Lines in a stable order: left before right, contexts in catalogue order. */
function lineOrder(measure: MeasureDefinition, key: string): number {
  if (measure.contexts) return measure.contexts.findIndex((option) => option.value === key);
  return ["LEFT", "RIGHT", "NONE"].indexOf(key);
}

function judge(previous: MeasurementRow, current: MeasurementRow, acute: boolean) {
  // Values taken with a different instrument or landmark are not comparable (domain.md §1.0 rule 2).
  if (previous.method !== current.method) return { change: null, beyondMdc: false };
  const [change] = changesSince([previous], [current], acute);
  if (!change) return { change: 0, beyondMdc: false };
  return { change: Math.round(change.delta * 10) / 10, beyondMdc: change.verdict === "real" };
}

export function measureSeries(assessments: readonly AssessedRows[], code: MeasureCode, options: SeriesOptions): MeasureSeries {
  const measure = measureByCode(code);
  const threshold = thresholdFor(measure, options.sex);
  const ordered = [...assessments].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const lines = new Map<string, { label: string; points: SeriesPoint[]; last: { row: MeasurementRow; acutePhase: boolean } | null }>();

  for (const assessment of ordered) {
    for (const row of assessment.rows) {
      if (row.measureCode !== code) continue;
      const { key, label } = lineOf(measure, row);
      const line = lines.get(key) ?? { label, points: [], last: null };
      const judged = line.last ? judge(line.last.row, row, acuteBetween(line.last, assessment)) : { change: null, beyondMdc: false };
      line.last = { row, acutePhase: assessment.acutePhase };
      if (inWindow(assessment.assessedOn, options.window)) {
        line.points.push({
          date: assessment.assessedOn,
          value: row.value,
          ...judged,
          // A Thomas-test angle is read only with the pelvis controlled on that side [S5], as findings are.
          impaired: threshold !== null && crosses(threshold, row.value) && (measure.section !== "hipFlexors" || pelvisControlled(assessment.rows, row.side)),
        });
      }
      lines.set(key, line);
    }
  }

  const series = [...lines.entries()]
    .filter(([, line]) => line.points.length > 0)
    .sort(([a], [b]) => lineOrder(measure, a) - lineOrder(measure, b))
    .map(([key, line]) => ({ key, label: line.label, points: line.points }));
  return { series, threshold, mdc: mdcFor(measure, options.acute) ?? null };
}
