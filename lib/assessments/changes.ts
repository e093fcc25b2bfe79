import { MEASURES } from "./catalogue";
import type { MeasureDefinition } from "./catalogue-types";
import { formatValue } from "./findings";
import type { MeasurementRow, Side } from "./measurement-form-mapping";

/**
 * Change since the previous assessment, judged against the measure's minimal detectable change
 * (domain.md §1.0 rule 4, R-MDC): only a difference of at least the MDC is called real; a smaller one
 * is "within measurement error". The acute-injury MDC applies to a pair when either value was taken
 * in an acute phase (acuteBetween), so a change keeps its verdict when the episode moves on.
 */
export type Change = {
  code: string;
  side: Side;
  context: string;
  previous: number;
  current: number;
  delta: number;
  /**
   * "real" ≥ MDC; "minimal" below it but at least the measure's minimal change (NPRS 1 point [S36]);
   * "noise" smaller; "unjudged" when no MDC is published for this measure and population.
   */
  verdict: "real" | "minimal" | "noise" | "unjudged";
  text: string;
};

export function mdcFor(measure: MeasureDefinition, acute: boolean) {
  return acute ? (measure.mdc?.acute ?? measure.mdc?.standard) : measure.mdc?.standard;
}

/** Whether an assessment was taken while its episode was acute (lib/assessments/phase-at-measurement.ts). */
export type MeasuredPhase = { acutePhase: boolean };

/**
 * The one rule for which MDC judges a pair of values, used by the clinician's views and the portal
 * alike: the acute-injury MDC when either value was measured in an acute phase [S2].
 */
export function acuteBetween(earlier: MeasuredPhase, later: MeasuredPhase): boolean {
  return earlier.acutePhase || later.acutePhase;
}

const key = (row: MeasurementRow) => `${row.measureCode}|${row.side}|${row.context}`;
const sideWord = (side: Side) => (side === "LEFT" ? "left " : side === "RIGHT" ? "right " : "");

function describe(measure: MeasureDefinition, row: MeasurementRow, delta: number, verdict: Change["verdict"], mdc?: number): string {
  const context = measure.contexts?.find((option) => option.value === row.context)?.label.toLowerCase();
  const name = `${sideWord(row.side)}${measure.abbreviation}${context ? ` ${context}` : ""}`;
  const size = measure.kind === "quantity" ? formatValue(measure, Math.abs(Math.round(delta * 10) / 10)) : `${Math.abs(delta)} grade steps`;
  const direction =
    measure.betterWhen === undefined ? (delta > 0 ? "up" : "down") : (delta < 0) === (measure.betterWhen === "lower") ? "improved" : "worsened";
  const head = `${name.charAt(0).toUpperCase()}${name.slice(1)} ${direction} by ${size}`;
  if (verdict === "real") return `${head}: a real change (at least the ${formatValue(measure, mdc!)} MDC)`;
  if (verdict === "minimal") {
    return `${head}: a minimal change (at least ${formatValue(measure, measure.minimalChange!.value)}; ${formatValue(measure, mdc!)} is an important change)`;
  }
  if (verdict === "noise") return `${head}: within measurement error (MDC ${formatValue(measure, mdc!)})`;
  return `${head} (no published MDC to judge it by)`;
}

function verdictOf(size: number, mdc: number | undefined, minimal: number | undefined): Change["verdict"] {
  if (mdc === undefined) return "unjudged";
  if (size >= mdc) return "real";
  return minimal !== undefined && size >= minimal ? "minimal" : "noise";
}

/** Every value recorded in both assessments that differs, with its verdict. */
export function changesSince(previous: readonly MeasurementRow[], current: readonly MeasurementRow[], acute: boolean): Change[] {
  const before = new Map(previous.map((row) => [key(row), row]));
  const changes: Change[] = [];
  for (const measure of MEASURES as readonly MeasureDefinition[]) {
    if (measure.kind === "yesNo") continue;
    for (const row of current.filter((candidate) => candidate.measureCode === measure.code)) {
      const earlier = before.get(key(row));
      if (!earlier || earlier.value === row.value) continue;
      const delta = row.value - earlier.value;
      const base = { code: measure.code, side: row.side, context: row.context, previous: earlier.value, current: row.value, delta };
      // Values taken with a different instrument or landmark are not comparable (domain.md §1.0 rule 2).
      if (earlier.method !== row.method) {
        const name = `${sideWord(row.side)}${measure.abbreviation}`;
        changes.push({ ...base, verdict: "unjudged", text: `${name.charAt(0).toUpperCase()}${name.slice(1)} was taken with a different method; not comparable` });
        continue;
      }
      const mdc = mdcFor(measure, acute)?.value;
      const verdict = verdictOf(Math.abs(delta), mdc, measure.minimalChange?.value);
      changes.push({ ...base, verdict, text: describe(measure, row, delta, verdict, mdc) });
    }
  }
  return changes;
}
