import { describe, expect, it } from "vitest";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { lldSeries, lldTier, lsiSeries } from "./derived-series";

const window = { from: "2026-10-01", to: "2026-11-30" };
const pair = (assessedOn: string, code: MeasurementRow["measureCode"], left: number, right: number, method = "tape") => ({
  assessedOn,
  acutePhase: false,
  rows: (["LEFT", "RIGHT"] as const).map((side) => ({ measureCode: code, side, value: side === "LEFT" ? left : right, method, context: "", flag: null })),
});

describe("lsiSeries", () => {
  it("is the involved limb over the other: exactly 90 % is not below the criterion, 89.9 % is", () => {
    const points = lsiSeries(
      [pair("2026-10-26", "hhd-hip-ext", 180, 200, "hhd-fixed"), pair("2026-11-08", "hhd-hip-ext", 179.8, 200, "hhd-fixed")],
      "hhd-hip-ext",
      "LEFT",
      window,
    );
    expect(points.map((point) => [point.lsi, point.belowThreshold, point.comparedSide])).toEqual([
      [90, false, "LEFT"],
      [89.9, true, "LEFT"],
    ]);
  });

  it("compares the weaker limb with the stronger when the injured side is not known", () => {
    const [point] = lsiSeries([pair("2026-10-26", "hhd-hip-abd", 200, 150, "hhd-fixed")], "hhd-hip-abd", null, window);
    expect(point).toMatchObject({ lsi: 75, comparedSide: "RIGHT", left: 200, right: 150 });
  });

  it("skips assessments with one side only, and those outside the window", () => {
    const oneSide = { assessedOn: "2026-10-26", acutePhase: false, rows: [{ measureCode: "hhd-hip-ext" as const, side: "LEFT" as const, value: 200, method: null, context: "", flag: null }] };
    expect(lsiSeries([oneSide, pair("2026-09-01", "hhd-hip-ext", 1, 2)], "hhd-hip-ext", null, window)).toEqual([]);
  });
});

describe("lldSeries", () => {
  it("derives the discrepancy in mm and its tier: 9 mm normal, 10 monitor, 19 monitor, 20 relevant", () => {
    expect([9, 10, 19, 20].map(lldTier)).toEqual(["normal", "monitor", "monitor", "relevant"]);
    const points = lldSeries([pair("2026-10-26", "leg-length-true", 89, 90.2), pair("2026-11-08", "leg-length-true", 90, 90, "block")], "leg-length-true", window);
    expect(points).toEqual([
      { date: "2026-10-26", mm: 12, shortSide: "LEFT", method: "tape", tier: "monitor" },
      { date: "2026-11-08", mm: 0, shortSide: null, method: "block", tier: "normal" },
    ]);
  });
});
