import type { MeasureCode } from "./catalogue";
import type { MeasurementRow } from "./measurement-form-mapping";

export type Limb = "LEFT" | "RIGHT";

/** Left and right values of one measure, when recorded. */
export function sidesOf(rows: readonly MeasurementRow[], code: MeasureCode) {
  const find = (side: Limb) => rows.find((row) => row.measureCode === code && row.side === side);
  return { left: find("LEFT"), right: find("RIGHT") };
}

/**
 * Leg-length discrepancy in whole millimetres from the two limb lengths in cm, and the shorter side;
 * derived, never typed (domain.md §1.4). Null unless both sides were measured.
 */
export function legLengthDiscrepancy(rows: readonly MeasurementRow[], code: "leg-length-true" | "leg-length-apparent") {
  const { left, right } = sidesOf(rows, code);
  if (!left || !right) return null;
  const mm = Math.round(Math.abs(left.value - right.value) * 10);
  const shortSide: Limb | null = mm === 0 ? null : left.value < right.value ? "LEFT" : "RIGHT";
  return { mm, shortSide, method: left.method ?? right.method };
}

/**
 * Limb symmetry index = involved ÷ uninvolved × 100 (domain.md §1.0 rule 5). Without a known
 * involved side, the weaker limb is compared with the stronger. Null unless both sides are > 0.
 */
export function limbSymmetryIndex(left: number, right: number, involved: Limb | null = null) {
  if (left <= 0 || right <= 0) return null;
  const weaker: Limb = involved ?? (left <= right ? "LEFT" : "RIGHT");
  const [numerator, denominator] = weaker === "LEFT" ? [left, right] : [right, left];
  return { lsi: (numerator / denominator) * 100, comparedSide: weaker };
}
