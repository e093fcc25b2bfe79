import { LEG_LENGTH_TIERS, LSI_THRESHOLD } from "@/lib/assessments/catalogue";
import { legLengthDiscrepancy, limbSymmetryIndex, sidesOf, type Limb } from "@/lib/assessments/derived";
import type { AssessedRows } from "./measure-series";
import { inWindow, type DayWindow } from "./range";

/**
 * Series derived from a pair of limbs at each assessment, using the same derivations as the findings
 * (lib/assessments/derived.ts): leg-length discrepancy in mm with its tier, and the dynamometry limb
 * symmetry index against the 90 % criterion.
 */
const byDate = (assessments: readonly AssessedRows[], window: DayWindow) =>
  [...assessments].filter((assessment) => inWindow(assessment.assessedOn, window)).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));

export type LldTier = "normal" | "monitor" | "relevant";

/** domain.md §1.4 (R-LLD): under 10 mm normal variation, 10–19 mm monitor, 20 mm or more clinically relevant [S30]. */
export function lldTier(mm: number): LldTier {
  if (mm >= LEG_LENGTH_TIERS.relevantFromMm) return "relevant";
  if (mm >= LEG_LENGTH_TIERS.monitorFromMm) return "monitor";
  return "normal";
}

export type LldPoint = { date: string; mm: number; shortSide: Limb | null; method: string | null; tier: LldTier };

export function lldSeries(assessments: readonly AssessedRows[], code: "leg-length-true" | "leg-length-apparent", window: DayWindow): LldPoint[] {
  return byDate(assessments, window).flatMap(({ assessedOn, rows }) => {
    const lld = legLengthDiscrepancy(rows, code);
    return lld ? [{ date: assessedOn, mm: lld.mm, shortSide: lld.shortSide, method: lld.method, tier: lldTier(lld.mm) }] : [];
  });
}

export type LsiPoint = {
  date: string;
  left: number;
  right: number;
  /** Involved (or weaker) ÷ other × 100, to one decimal. */
  lsi: number;
  comparedSide: Limb;
  /** Below the 90 % criterion [S17]; exactly 90 % is not below. */
  belowThreshold: boolean;
};

export function lsiSeries(
  assessments: readonly AssessedRows[],
  code: "hhd-hip-ext" | "hhd-hip-abd",
  involved: Limb | null,
  window: DayWindow,
): LsiPoint[] {
  return byDate(assessments, window).flatMap(({ assessedOn, rows }) => {
    const { left, right } = sidesOf(rows, code);
    if (!left || !right) return [];
    const symmetry = limbSymmetryIndex(left.value, right.value, involved);
    if (!symmetry) return [];
    return [
      {
        date: assessedOn,
        left: left.value,
        right: right.value,
        lsi: Math.round(symmetry.lsi * 10) / 10,
        comparedSide: symmetry.comparedSide,
        // Judged on the unrounded index, as the findings judge it.
        belowThreshold: symmetry.lsi < LSI_THRESHOLD.belowPercent,
      },
    ];
  });
}
