import type { MeasurementRow, Side } from "./measurement-form-mapping";

/**
 * What a correction does to an assessment's values, so nothing a clinician recorded is overwritten:
 * values it changes or removes are kept as revisions (who, when, what it was), values it leaves alone
 * stay as they are. Pure; mutations.ts applies the plan and data.ts reads the revisions back.
 */

/** The fields that identify a value within an assessment (the measurement table's unique key). */
type ValueKey = { measureCode: string; side: Side; context: string };
/** A stored value, as the measurement table holds it (its code may no longer be in the catalogue). */
type StoredValue = ValueKey & Pick<MeasurementRow, "value" | "method" | "flag"> & { id: bigint };

const keyOf = (row: ValueKey) => `${row.measureCode}|${row.side}|${row.context}`;
const sameValue = (a: StoredValue, b: MeasurementRow) => a.value === b.value && a.method === b.method && a.flag === b.flag;

export type CorrectionPlan<Row extends StoredValue> = {
  added: MeasurementRow[];
  changed: { before: Row; after: MeasurementRow }[];
  removed: Row[];
};

/** The stored values against the corrected form's rows: what to add, change (value, method or flag) and remove. */
export function planCorrection<Row extends StoredValue>(stored: readonly Row[], next: readonly MeasurementRow[]): CorrectionPlan<Row> {
  const storedByKey = new Map(stored.map((row) => [keyOf(row), row]));
  const nextKeys = new Set(next.map(keyOf));
  const plan: CorrectionPlan<Row> = { added: [], changed: [], removed: stored.filter((row) => !nextKeys.has(keyOf(row))) };
  for (const row of next) {
    const before = storedByKey.get(keyOf(row));
    if (!before) plan.added.push(row);
    else if (!sameValue(before, row)) plan.changed.push({ before, after: row });
  }
  return plan;
}

/** One earlier value of a measurement: what it was, and when and by whom a correction replaced or removed it. */
export type MeasurementCorrection = {
  measureCode: string;
  side: Side;
  context: string;
  was: { value: number; method: string | null; flag: boolean | null };
  removed: boolean;
  /** ISO date-time of the correction. */
  correctedAt: string;
  correctedByName: string;
};
