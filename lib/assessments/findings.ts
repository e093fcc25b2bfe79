import { LEG_LENGTH_TIERS, LSI_THRESHOLD, MEASURES, measureByCode } from "./catalogue";
import type { MeasureDefinition, Severity, Threshold } from "./catalogue-types";
import { legLengthDiscrepancy, limbSymmetryIndex, sidesOf, type Limb } from "./derived";
import type { MeasurementRow, Side } from "./measurement-form-mapping";
import { MMT_MAX_INDEX, mmtGradeLabel } from "./mmt-grades";

/**
 * Findings: pure rules (domain.md §6) that turn one assessment's values into plain-language
 * statements with a severity, the side and the source. Every number comes from the catalogue.
 * Pelvic tilt never yields a finding from a single reading (domain.md §1.4).
 */
export type Finding = {
  /** The measure, or the derived quantity ("lld-true", "lld-apparent", "lsi-…"). */
  code: string;
  side: Side;
  severity: Severity;
  text: string;
  sources: readonly string[];
};

export type FindingContext = {
  sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
  bodyMassKg: number | null;
  /** The injured side from the episode of care, when known. */
  involvedSide?: Limb | null;
};

export const SEVERITY_ORDER: readonly Severity[] = ["refer", "impaired", "monitor", "info"];

const sideName = (side: Side) => (side === "LEFT" ? "Left" : side === "RIGHT" ? "Right" : "");
const round1 = (value: number) => Math.round(value * 10) / 10;

export function formatValue(measure: MeasureDefinition, value: number): string {
  if (measure.kind === "grade") return `${mmtGradeLabel(value)}/5`;
  if (measure.kind === "yesNo") return value === 1 ? "yes" : "no";
  const symbol = measure.unit.symbol;
  return symbol === "°" ? `${value}°` : symbol === "/10" ? `${value}/10` : `${value} ${symbol}`;
}

/** Whether a value is on the impaired side of a threshold (also used to mark chart points). */
export function crosses(threshold: Threshold, value: number): boolean {
  switch (threshold.comparison) {
    case "above":
      return value > threshold.value;
    case "below":
      return value < threshold.value;
    case "atOrAbove":
      return value >= threshold.value;
    case "atOrBelow":
      return value <= threshold.value;
  }
}

/**
 * "Right hamstring flexibility: AKE 34°, more than 20° short of full extension": what was found, then
 * the test and value that found it, then why that value counts. Measures without a named finding fall
 * back to the test's name.
 */
function findingText(measure: MeasureDefinition, row: MeasurementRow, why: string): string {
  const context = measure.contexts?.find((option) => option.value === row.context)?.label.toLowerCase();
  const found = measure.finding?.name ?? measure.abbreviation;
  const head = [sideName(row.side), found, context && `(${context.toLowerCase()})`].filter(Boolean).join(" ");
  const test = measure.finding?.test ?? measure.abbreviation;
  return `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${test} ${formatValue(measure, row.value)}, ${why}`;
}

function thresholdFindings(rows: readonly MeasurementRow[], context: FindingContext): Finding[] {
  const findings: Finding[] = [];
  for (const measure of MEASURES as readonly MeasureDefinition[]) {
    const threshold =
      measure.threshold ?? (context.sex === "FEMALE" || context.sex === "MALE" ? measure.thresholdBySex?.[context.sex] : undefined);
    if (!threshold) continue;
    for (const row of rows.filter((candidate) => candidate.measureCode === measure.code)) {
      if (measure.section === "hipFlexors" && !pelvisControlled(rows, row.side)) continue;
      if (crosses(threshold, row.value)) {
        findings.push({
          code: measure.code,
          side: row.side,
          severity: threshold.severity,
          text: findingText(measure, row, threshold.meaning),
          sources: [threshold.source],
        });
      }
    }
  }
  return findings;
}

/** The modified Thomas test is only valid with the pelvis controlled on that side [S5]. */
export function pelvisControlled(rows: readonly MeasurementRow[], side: Side): boolean {
  return rows.some((row) => row.measureCode === "mtt-pelvis-controlled" && row.side === side && row.value === 1);
}

function thomasNotInterpreted(rows: readonly MeasurementRow[]): Finding[] {
  return (["LEFT", "RIGHT"] as const)
    .filter((side) => rows.some((row) => row.side === side && (row.measureCode === "mtt-hip-angle" || row.measureCode === "mtt-knee-angle")))
    .filter((side) => !pelvisControlled(rows, side))
    .map((side) => ({
      code: "mtt-hip-angle",
      side,
      severity: "info" as const,
      text: `${sideName(side)} modified Thomas test not interpreted: the pelvis was not recorded as controlled`,
      sources: ["S5"],
    }));
}

/** Below full strength without reaching grade 4, lower than the other side, or painful to test. */
function muscleTestFindings(rows: readonly MeasurementRow[]): Finding[] {
  const findings: Finding[] = [];
  for (const code of ["mmt-hip-ext", "mmt-hip-abd", "mmt-knee-flex"] as const) {
    const measure = measureByCode(code);
    const impairedUpTo = measure.threshold!.value;
    const { left, right } = sidesOf(rows, code);
    for (const [row, other] of [
      [left, right],
      [right, left],
    ] as const) {
      if (!row) continue;
      if (row.value > impairedUpTo && row.value < MMT_MAX_INDEX) {
        findings.push({ code, side: row.side, severity: "monitor", text: findingText(measure, row, "below full strength"), sources: ["S26"] });
      }
      if (other && row.value < other.value && row.value > impairedUpTo) {
        findings.push({
          code,
          side: row.side,
          severity: "monitor",
          text: findingText(measure, row, `weaker than the ${sideName(other.side).toLowerCase()} side (${formatValue(measure, other.value)})`),
          sources: ["S26"],
        });
      }
      if (row.flag) {
        findings.push({ code, side: row.side, severity: "monitor", text: `${sideName(row.side)} ${measure.abbreviation}: pain on resisted testing`, sources: ["S16"] });
      }
    }
  }
  return findings;
}

function symmetryFindings(rows: readonly MeasurementRow[], context: FindingContext): Finding[] {
  const findings: Finding[] = [];
  for (const code of ["hhd-hip-ext", "hhd-hip-abd"] as const) {
    const measure = measureByCode(code);
    const { left, right } = sidesOf(rows, code);
    if (!left || !right) continue;
    const symmetry = limbSymmetryIndex(left.value, right.value, context.involvedSide ?? null);
    if (!symmetry || symmetry.lsi >= LSI_THRESHOLD.belowPercent) continue;
    const perKg = (value: number) => (context.bodyMassKg ? ` (${round1(value / context.bodyMassKg)} N/kg)` : "");
    findings.push({
      code: `lsi-${code}`,
      side: symmetry.comparedSide,
      severity: "impaired",
      text:
        `${measure.abbreviation} limb symmetry ${Math.round(symmetry.lsi)} % ` +
        `(left ${left.value} N${perKg(left.value)}, right ${right.value} N${perKg(right.value)}): below ${LSI_THRESHOLD.belowPercent} %`,
      sources: [LSI_THRESHOLD.source],
    });
  }
  return findings;
}

function legLengthFindings(rows: readonly MeasurementRow[]): Finding[] {
  const findings: Finding[] = [];
  const trueLld = legLengthDiscrepancy(rows, "leg-length-true");
  const tiers = LEG_LENGTH_TIERS;
  if (trueLld) {
    const shorter = trueLld.shortSide ? `, ${sideName(trueLld.shortSide).toLowerCase()} shorter` : "";
    const [severity, meaning]: [Severity, string] =
      trueLld.mm >= tiers.relevantFromMm
        ? ["impaired", "clinically relevant"]
        : trueLld.mm >= tiers.monitorFromMm
          ? ["monitor", "monitor"]
          : ["info", "normal variation"];
    findings.push({
      code: "lld-true",
      side: trueLld.shortSide ?? "NONE",
      severity,
      text: `Leg-length difference ${trueLld.mm} mm${shorter}: ${meaning}`,
      sources: ["S30"],
    });
    if (trueLld.method === "tape" && trueLld.mm >= tiers.confirmTapeFromMm) {
      findings.push({
        code: "lld-true",
        side: trueLld.shortSide ?? "NONE",
        severity: "info",
        text: `Leg-length difference measured by tape only: confirm with a block test or imaging`,
        sources: ["S31", "S34"],
      });
    }
  }
  const apparent = legLengthDiscrepancy(rows, "leg-length-apparent");
  // Apparent difference with equal true lengths points to a functional (pelvic or muscular) cause [S30] [S35].
  if (apparent && trueLld && apparent.mm >= tiers.monitorFromMm && trueLld.mm < tiers.monitorFromMm) {
    findings.push({
      code: "lld-apparent",
      side: apparent.shortSide ?? "NONE",
      severity: "monitor",
      text: `Apparent leg-length difference ${apparent.mm} mm with near-equal true lengths: suspect a functional cause`,
      sources: ["S30", "S35"],
    });
  }
  return findings;
}

const severityRank = (severity: Severity) => SEVERITY_ORDER.indexOf(severity);

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** All findings for one assessment, most severe first. */
export function findingsFor(rows: readonly MeasurementRow[], context: FindingContext): Finding[] {
  const findings = [
    ...thresholdFindings(rows, context),
    ...thomasNotInterpreted(rows),
    ...muscleTestFindings(rows),
    ...symmetryFindings(rows, context),
    ...legLengthFindings(rows),
  ];
  return findings
    .map((finding) => ({ ...finding, text: sentence(finding.text) }))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}

/** Findings that call for attention (not the informational ones), as counted in lists. */
export function countsAsFinding(finding: Finding): boolean {
  return finding.severity !== "info";
}

