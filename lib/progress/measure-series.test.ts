import { describe, expect, it } from "vitest";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { measureSeries, type AssessedRows } from "./measure-series";

const window = { from: "2026-10-01", to: "2026-11-30" };
const options = { acute: false, sex: "MALE" as const, window };

const row = (measureCode: MeasurementRow["measureCode"], side: MeasurementRow["side"], value: number, extra: Partial<MeasurementRow> = {}): MeasurementRow => ({
  measureCode,
  side,
  value,
  method: "goniometer",
  context: "",
  flag: null,
  ...extra,
});

const ake = (assessedOn: string, left: number | null, right: number | null, method = "goniometer", acutePhase = false): AssessedRows => ({
  assessedOn,
  acutePhase,
  rows: [
    ...(left === null ? [] : [row("ake-knee-flex-angle", "LEFT", left, { method })]),
    ...(right === null ? [] : [row("ake-knee-flex-angle", "RIGHT", right, { method })]),
  ],
});

describe("measureSeries", () => {
  it("draws left and right as two lines, oldest first, whatever order the assessments come in", () => {
    const { series } = measureSeries([ake("2026-11-08", 14, 30), ake("2026-10-26", 15, 41)], "ake-knee-flex-angle", options);
    expect(series.map((line) => [line.key, line.label, line.points.map((point) => point.value)])).toEqual([
      ["LEFT", "Left", [15, 14]],
      ["RIGHT", "Right", [41, 30]],
    ]);
  });

  it("marks a change of exactly the MDC (AKE 8°) as real and one degree less as not", () => {
    const { series, mdc } = measureSeries([ake("2026-10-26", 20, 41), ake("2026-11-08", 27, 33)], "ake-knee-flex-angle", options);
    expect(mdc).toMatchObject({ value: 8, source: "S1" });
    const [left, right] = series;
    expect(right?.points[1]).toMatchObject({ change: -8, beyondMdc: true });
    expect(left?.points[1]).toMatchObject({ change: 7, beyondMdc: false });
    expect(left?.points[0]).toMatchObject({ change: null, beyondMdc: false });
  });

  it("shows the acute-injury MDC (15°) while the episode is acute", () => {
    const { mdc } = measureSeries([ake("2026-10-26", null, 41)], "ake-knee-flex-angle", { ...options, acute: true });
    expect(mdc?.value).toBe(15);
  });

  it("judges a pair with the acute-injury MDC when either value was taken in an acute phase, whatever the phase today [S2]", () => {
    const acuteThenLater = [ake("2026-10-26", null, 41, "goniometer", true), ake("2026-11-08", null, 30)];
    expect(measureSeries(acuteThenLater, "ake-knee-flex-angle", options).series[0]?.points[1]).toMatchObject({ change: -11, beyondMdc: false });
    const bothLater = [ake("2026-10-26", null, 41), ake("2026-11-08", null, 30)];
    expect(measureSeries(bothLater, "ake-knee-flex-angle", { ...options, acute: true }).series[0]?.points[1]).toMatchObject({ change: -11, beyondMdc: true });
  });

  it("judges the first point of the window against the value before it", () => {
    const { series } = measureSeries([ake("2026-09-20", null, 41), ake("2026-10-26", null, 30)], "ake-knee-flex-angle", options);
    expect(series[0]?.points).toEqual([{ date: "2026-10-26", value: 30, change: -11, beyondMdc: true, impaired: true }]);
  });

  it("does not compare values taken with a different method", () => {
    const { series } = measureSeries([ake("2026-10-26", null, 41), ake("2026-11-08", null, 20, "inclinometer")], "ake-knee-flex-angle", options);
    expect(series[0]?.points[1]).toMatchObject({ change: null, beyondMdc: false });
  });

  it("flags values on the impaired side of the threshold (AKE more than 20°)", () => {
    const { series, threshold } = measureSeries([ake("2026-10-26", 20, 21)], "ake-knee-flex-angle", options);
    expect(threshold).toMatchObject({ comparison: "above", value: 20, source: "S56" });
    expect(series.map((line) => line.points[0]?.impaired)).toEqual([false, true]);
  });

  it("marks a Thomas-test angle impaired only when the pelvis was controlled on that side [S5]", () => {
    const thomas = (controlled: number): AssessedRows => ({
      assessedOn: "2026-10-26",
      acutePhase: false,
      rows: [row("mtt-hip-angle", "LEFT", 5), row("mtt-pelvis-controlled", "LEFT", controlled, { method: null })],
    });
    expect(measureSeries([thomas(1)], "mtt-hip-angle", options).series[0]?.points[0]?.impaired).toBe(true);
    expect(measureSeries([thomas(0)], "mtt-hip-angle", options).series[0]?.points[0]?.impaired).toBe(false);
  });

  it("gives pain one line per context and sit-and-reach the threshold for the patient's sex", () => {
    const pain: AssessedRows = {
      assessedOn: "2026-10-26",
      acutePhase: false,
      rows: [row("nprs", "NONE", 6, { context: "activity", method: null }), row("nprs", "NONE", 3, { context: "rest", method: null })],
    };
    expect(measureSeries([pain], "nprs", options).series.map((line) => line.label)).toEqual(["At rest", "During activity"]);
    const reach: AssessedRows = { assessedOn: "2026-10-26", acutePhase: false, rows: [row("sit-reach", "NONE", -8, { method: "zero-at-feet" })] };
    expect(measureSeries([reach], "sit-reach", options).series[0]?.points[0]?.impaired).toBe(false);
    expect(measureSeries([reach], "sit-reach", { ...options, sex: "FEMALE" }).series[0]?.points[0]?.impaired).toBe(true);
    expect(measureSeries([reach], "sit-reach", { ...options, sex: "OTHER" }).threshold).toBeNull();
  });

  it("has no lines when the measure was never taken in the window", () => {
    expect(measureSeries([ake("2026-09-01", 10, 10)], "ake-knee-flex-angle", options).series).toEqual([]);
    expect(measureSeries([ake("2026-10-26", 10, 10)], "slr-passive-hip-flex", options).series).toEqual([]);
  });
});
