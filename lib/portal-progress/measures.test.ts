import { describe, expect, it } from "vitest";
import { row } from "@/scripts/testing/measurement-row-builder";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { targetedMeasures, measureProgress, type MeasureProgressInput } from "./measures";

const ake = (side: "LEFT" | "RIGHT", value: number, method = "goniometer") => row("ake-knee-flex-angle", side, value, { method });
const slr = (side: "LEFT" | "RIGHT", value: number) => row("slr-passive-hip-flex", side, value, { method: "goniometer" });
const hipExtGrade = (side: "LEFT" | "RIGHT", index: number) => row("mmt-hip-ext", side, index);
const visits = (...rows: MeasurementRow[][]) => rows.map((visit, index) => ({ assessedOn: `2026-11-0${index + 1}`, acutePhase: false, rows: visit }));
/** The same visits, the first taken while the episode was acute. */
const firstInAcute = (...rows: MeasurementRow[][]) => visits(...rows).map((visit, index) => ({ ...visit, acutePhase: index === 0 }));

const HAMSTRING_STRETCH = "EX12";
const GLUTE_BRIDGE = "EX25"; // gluteus maximus and hamstrings
const CLAMSHELL = "EX31"; // gluteus medius

const input = (overrides: Partial<MeasureProgressInput>): MeasureProgressInput => ({
  exerciseCodes: [HAMSTRING_STRETCH],
  assessments: [],
  side: "RIGHT",
  ...overrides,
});

describe("measureProgress", () => {
  it("calls a change of exactly the MDC an improvement, in plain words with side and unit", () => {
    const [measure] = measureProgress(input({ assessments: visits([ake("RIGHT", 41)], [ake("RIGHT", 33)]) }));
    expect(measure).toMatchObject({ code: "ake-knee-flex-angle", title: "Hamstring flexibility" });
    expect(measure?.lines).toEqual([
      { side: "RIGHT", verdict: "improved", text: "Your right hamstring flexibility has improved by 8° since you started.", note: null },
    ]);
  });

  it("calls a change just under the MDC about the same, and says why", () => {
    const [measure] = measureProgress(input({ assessments: visits([ake("RIGHT", 41)], [ake("RIGHT", 34)]) }));
    expect(measure?.lines[0]).toEqual({
      side: "RIGHT",
      verdict: "same",
      text: "Your right hamstring flexibility is about the same as when you started.",
      note: "Changes smaller than 8° can come from the test itself, so they are not counted.",
    });
  });

  it("uses the acute-injury MDC when the first value was taken in the acute phase, even after the episode moved on [S2]", () => {
    const assessments = firstInAcute([ake("RIGHT", 41)], [ake("RIGHT", 30)]);
    expect(measureProgress(input({ assessments }))[0]?.lines[0]?.verdict).toBe("same");
    expect(measureProgress(input({ assessments: firstInAcute([ake("RIGHT", 41)], [ake("RIGHT", 26)]) }))[0]?.lines[0]?.text).toBe(
      "Your right hamstring flexibility has improved by 15° since you started.",
    );
  });

  it("knows which way is better: a straight-leg raise that drops is worse", () => {
    const [measure] = measureProgress(input({ assessments: visits([slr("RIGHT", 70)], [slr("RIGHT", 60)]) }));
    expect(measure?.lines[0]).toMatchObject({ verdict: "worse", text: "Your right straight-leg raise is 10° worse than when you started." });
  });

  it("compares the first and the latest assessment, not the two most recent", () => {
    const assessments = visits([ake("RIGHT", 40)], [ake("RIGHT", 30)], [ake("RIGHT", 28)]);
    expect(measureProgress(input({ assessments }))[0]?.lines[0]?.text).toContain("improved by 12°");
  });

  it("reports a grade without an MDC as values, never as better or worse", () => {
    const [measure] = measureProgress(input({ exerciseCodes: ["EX33"], assessments: visits([hipExtGrade("RIGHT", 9)], [hipExtGrade("RIGHT", 11)]) }));
    expect(measure?.lines[0]).toEqual({
      side: "RIGHT",
      verdict: "not-judged",
      text: "Your right buttock strength was graded 4 out of 5 when you started and is graded 5− out of 5 now.",
      note: null,
    });
  });

  it("shows nothing with fewer than two assessments, or when the program targets no tested muscle", () => {
    expect(measureProgress(input({ assessments: visits([ake("RIGHT", 41)]) }))).toEqual([]);
    expect(measureProgress(input({ assessments: [] }))).toEqual([]);
    expect(measureProgress(input({ exerciseCodes: [CLAMSHELL], assessments: visits([ake("RIGHT", 41)], [ake("RIGHT", 20)]) }))).toEqual([]);
  });

  it("reports the injured side only, or both sides when both are injured", () => {
    const assessments = visits([ake("LEFT", 20), ake("RIGHT", 41)], [ake("LEFT", 19), ake("RIGHT", 25)]);
    expect(measureProgress(input({ assessments, side: "LEFT" }))[0]?.lines.map((line) => line.text)).toEqual([
      "Your left hamstring flexibility is about the same as when you started.",
    ]);
    expect(measureProgress(input({ assessments, side: "BOTH" }))[0]?.lines.map((line) => [line.side, line.verdict])).toEqual([
      ["LEFT", "same"],
      ["RIGHT", "improved"],
    ]);
  });

  it("skips values taken with a different instrument and falls back to the next measure", () => {
    const assessments = visits([ake("RIGHT", 41, "goniometer"), slr("RIGHT", 60)], [ake("RIGHT", 20, "inclinometer"), slr("RIGHT", 75)]);
    expect(measureProgress(input({ assessments })).map((measure) => measure.code)).toEqual(["slr-passive-hip-flex"]);
  });

  it("picks at most two measures, one per targeted muscle before a second test of the same one", () => {
    const assessments = visits(
      [ake("RIGHT", 41), slr("RIGHT", 60), hipExtGrade("RIGHT", 9)],
      [ake("RIGHT", 30), slr("RIGHT", 75), hipExtGrade("RIGHT", 10)],
    );
    const codes = (exerciseCodes: string[]) => measureProgress(input({ exerciseCodes, assessments })).map((measure) => measure.code);
    expect(codes([HAMSTRING_STRETCH, GLUTE_BRIDGE])).toEqual(["ake-knee-flex-angle", "mmt-hip-ext"]);
    expect(codes([HAMSTRING_STRETCH])).toEqual(["ake-knee-flex-angle", "slr-passive-hip-flex"]);
  });
});

describe("targetedMeasures", () => {
  it("starts with the muscle the program works most, and ignores exercises with no measured target", () => {
    expect(targetedMeasures([CLAMSHELL, "EX32", GLUTE_BRIDGE]).map((codes) => codes[0])).toEqual(["hhd-hip-abd", "ake-knee-flex-angle", "hhd-hip-ext"]);
    expect(targetedMeasures(["EX08", "EX-unknown"])).toEqual([]);
  });
});
