/** The assessment form's measures to and from the values the measurement table stores. */
import { MEASURES, measureByCode, type MeasureCode } from "./catalogue";
import { emptyMeasureValue, type AssessmentFormValues, type MeasureFormValue, type PainOnTesting } from "./schema";

export type Side = "LEFT" | "RIGHT" | "NONE";

/** One stored value, as the measurement table holds it. */
export type MeasurementRow = {
  measureCode: MeasureCode;
  side: Side;
  value: number;
  method: string | null;
  /** NPRS context, or the measure's extra choice (iliac crest high side); "" when none. */
  context: string;
  flag: boolean | null;
};

type Measures = AssessmentFormValues["measures"];

/** The form's measures as rows: only what was entered, each value with its method. */
export function toMeasurementRows(measures: Measures): MeasurementRow[] {
  const rows: MeasurementRow[] = [];
  for (const measure of MEASURES) {
    const input = measures[measure.code];
    const method = input.method || null;
    const push = (side: Side, text: string, context = "", flag: boolean | null = null) => {
      if (text.trim() !== "") rows.push({ measureCode: measure.code, side, value: Number(text), method, context, flag });
    };
    const sideFlag = (answer: PainOnTesting) => ("sideFlag" in measure && answer !== "" ? answer === "yes" : null);
    if (measure.bilateral) {
      push("LEFT", input.left, "", sideFlag(input.flagLeft));
      push("RIGHT", input.right, "", sideFlag(input.flagRight));
    } else if ("contexts" in measure) {
      for (const [context, text] of Object.entries(input.contexts)) push("NONE", text, context);
    } else {
      push("NONE", input.value, input.choice);
    }
  }
  return rows;
}

/** Stored rows back into form values, for correcting an assessment. */
export function toMeasureFormValues(rows: readonly MeasurementRow[]): Measures {
  const measures = Object.fromEntries(MEASURES.map((measure) => [measure.code, emptyMeasureValue(measure)])) as Record<
    MeasureCode,
    MeasureFormValue
  >;
  for (const row of rows) {
    const measure = measureByCode(row.measureCode);
    const input = measures[row.measureCode];
    const text = String(row.value);
    if (row.method) input.method = row.method;
    if (row.side === "LEFT") [input.left, input.flagLeft] = [text, painOnTesting(row.flag)];
    else if (row.side === "RIGHT") [input.right, input.flagRight] = [text, painOnTesting(row.flag)];
    else if (measure.contexts) input.contexts[row.context] = text;
    else [input.value, input.choice] = [text, row.context];
  }
  return measures;
}

const painOnTesting = (flag: boolean | null): PainOnTesting => (flag === null ? "" : flag ? "yes" : "no");
