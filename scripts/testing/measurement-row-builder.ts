import type { MeasureCode } from "@/lib/assessments/catalogue";
import type { MeasurementRow, Side } from "@/lib/assessments/measurement-form-mapping";

/** Builds a measurement row for tests: `row("ake-knee-flex-angle", "RIGHT", 34)`. */
export function row(
  measureCode: MeasureCode,
  side: Side,
  value: number,
  extra: Partial<Pick<MeasurementRow, "method" | "context" | "flag">> = {},
): MeasurementRow {
  return { measureCode, side, value, method: null, context: "", flag: null, ...extra };
}
