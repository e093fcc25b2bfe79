import { afterEach, describe, expect, it, vi } from "vitest";
import { MEASURES, type MeasureCode } from "./catalogue";
import type { MeasureDefinition } from "./catalogue-types";
import { toMeasurementRows, toMeasureFormValues } from "./measurement-form-mapping";
import { assessmentFieldsSchema, emptyAssessment, type AssessmentFormValues } from "./schema";

const clinicianId = "0196d2f4-5a8e-7b3c-9d1e-2f3a4b5c6d7e";

function withMeasure(edit: (values: AssessmentFormValues) => void): AssessmentFormValues {
  const values = emptyAssessment(clinicianId, "2026-11-01");
  edit(values);
  return values;
}

const messages = (values: unknown) => {
  const result = assessmentFieldsSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("assessment schema", () => {
  it("accepts an assessment with only a date and a clinician", () => {
    expect(messages(emptyAssessment(clinicianId, "2026-11-01"))).toEqual([]);
  });

  it("takes every measure's range from the catalogue, at and beyond both limits", () => {
    for (const measure of MEASURES as readonly MeasureDefinition[]) {
      if (measure.kind !== "quantity") continue;
      const field = measure.bilateral ? "left" : measure.contexts ? null : "value";
      const set = (text: string) =>
        withMeasure((values) => {
          const input = values.measures[measure.code as MeasureCode];
          if (field) input[field] = text;
          else input.contexts[measure.contexts![0]!.value] = text;
        });
      expect(messages(set(String(measure.range.min))), measure.code).toEqual([]);
      expect(messages(set(String(measure.range.max))), measure.code).toEqual([]);
      const tooHigh = messages(set(String(measure.range.max + 1)));
      expect(tooHigh, measure.code).toHaveLength(1);
      expect(tooHigh[0], measure.code).toContain(`between ${measure.range.min} and ${measure.range.max}`);
    }
  });

  it("names the side, the measure and the range with its unit", () => {
    const values = withMeasure((v) => {
      v.measures["ake-knee-flex-angle"].right = "95";
      v.measures["leg-length-true"].left = "49";
    });
    expect(messages(values)).toEqual(["Right AKE must be between 0 and 90°.", "Left true leg length must be between 50 and 120 cm."]);
  });

  it("refuses fractions where only whole numbers make sense, and words", () => {
    expect(messages(withMeasure((v) => (v.measures["slhb-reps"].left = "12.5")))).toEqual(["Left SLHB must be a whole number."]);
    expect(messages(withMeasure((v) => (v.measures.nprs.contexts.rest = "three")))).toEqual([
      "Pain at rest: enter a number between 0 and 10.",
    ]);
  });

  it("only accepts MMT grades on the scale and methods from the list", () => {
    expect(messages(withMeasure((v) => (v.measures["mmt-hip-abd"].left = "13")))).toHaveLength(1);
    expect(messages(withMeasure((v) => (v.measures["ake-knee-flex-angle"].method = "tape")))).toEqual([
      "Choose a method for AKE from the list.",
    ]);
  });

  afterEach(() => vi.useRealTimers());

  it("accepts the date of 08:00 in a UTC+10 clinic while UTC is still on the day before; the day after is refused", () => {
    // 22:00 UTC on 1 March: 2 March in Brisbane. The form cannot know the clinic's zone, so it refuses only
    // a day after UTC+14's; the mutation holds the date to the clinic's own today (clinic-time-zone.integration.test.ts).
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T22:00:00Z") });
    expect(messages({ ...emptyAssessment(clinicianId, "2026-03-02") })).toEqual([]);
    expect(messages({ ...emptyAssessment(clinicianId, "2026-03-03") })).toEqual(["The assessment date cannot be in the future."]);
  });

  it("refuses a future date, a missing clinician and unknown fields", () => {
    expect(messages({ ...emptyAssessment(clinicianId, "2026-11-01"), assessedOn: "2999-01-01" })).toEqual(["The assessment date cannot be in the future."]);
    expect(messages({ ...emptyAssessment(clinicianId, "2026-11-01"), clinicianId: "" })).toEqual(["Choose the clinician who assessed."]);
    expect(assessmentFieldsSchema.safeParse({ ...emptyAssessment(clinicianId, "2026-11-01"), clinicId: "x" }).success).toBe(false);
  });

  it("refuses a day that does not exist instead of rolling it over (2024-02-31 is not 2 March)", () => {
    expect(messages({ ...emptyAssessment(clinicianId, "2026-11-01"), assessedOn: "2024-02-31" })).toEqual(["Enter a real calendar date."]);
    expect(messages({ ...emptyAssessment(clinicianId, "2026-11-01"), assessedOn: "2024-13-01" })).toEqual(["Enter a real calendar date."]);
    expect(messages({ ...emptyAssessment(clinicianId, "2026-11-01"), assessedOn: "2024-02-29" })).toEqual([]);
  });
});

describe("pain on testing", () => {
  it("is refused without the grade of the test it belongs to, on that side's field", () => {
    const values = withMeasure((v) => {
      v.measures["mmt-knee-flex"].flagRight = "yes";
    });
    const parsed = assessmentFieldsSchema.safeParse(values);
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["measures.mmt-knee-flex.flagRight", "Enter the right knee flexion (MMT) grade to record pain on testing."],
    ]);
  });
});

describe("measurement rows", () => {
  it("stores only what was entered, with method, side flags, contexts and choices", () => {
    const values = withMeasure((v) => {
      v.measures["ake-knee-flex-angle"].right = "34";
      v.measures["mmt-hip-abd"].left = "7";
      v.measures["mmt-hip-abd"].flagLeft = "yes";
      v.measures["iliac-crest-diff"].value = "6";
      v.measures["iliac-crest-diff"].choice = "LEFT";
      v.measures.nprs.contexts.activity = "5";
    });
    expect(toMeasurementRows(values.measures)).toEqual([
      { measureCode: "ake-knee-flex-angle", side: "RIGHT", value: 34, method: "goniometer", context: "", flag: null },
      { measureCode: "mmt-hip-abd", side: "LEFT", value: 7, method: null, context: "", flag: true },
      { measureCode: "iliac-crest-diff", side: "NONE", value: 6, method: "palm", context: "LEFT", flag: null },
      { measureCode: "nprs", side: "NONE", value: 5, method: null, context: "activity", flag: null },
    ]);
  });

  it("round-trips rows back into the form for a correction", () => {
    const values = withMeasure((v) => {
      v.measures["leg-length-true"].left = "88.5";
      v.measures["leg-length-true"].right = "90.7";
      v.measures["leg-length-true"].method = "tape";
      v.measures.nprs.contexts.rest = "2";
    });
    expect(toMeasureFormValues(toMeasurementRows(values.measures))).toEqual(values.measures);
  });
});
