import { describe, expect, it } from "vitest";
import { hasWeeklyData, weeklySummary } from "./weekly-summary";

describe("weeklySummary", () => {
  it("joins adherence and pain on the week, keeping weeks that have only one of them", () => {
    const weeks = weeklySummary(
      [{ weekStart: "2026-11-09", prescribed: 7, done: 5, percent: 71 }],
      [
        { weekStart: "2026-11-09", duringMean: 2.5, duringCount: 4, morningMean: 1, morningCount: 3 },
        { weekStart: "2026-11-02", duringMean: 3, duringCount: 1, morningMean: null, morningCount: 0 },
      ],
    );
    expect(weeks).toEqual([
      { weekStart: "2026-11-02", done: null, prescribed: null, adherence: null, painDuring: 3, painDuringCount: 1, morningPain: null, morningPainCount: 0 },
      { weekStart: "2026-11-09", done: 5, prescribed: 7, adherence: 71, painDuring: 2.5, painDuringCount: 4, morningPain: 1, morningPainCount: 3 },
    ]);
    expect(hasWeeklyData(weeks)).toBe(true);
  });

  it("has nothing to draw when no week had a prescription or a rating", () => {
    expect(hasWeeklyData(weeklySummary([{ weekStart: "2026-11-09", prescribed: 0, done: 0, percent: null }], []))).toBe(false);
  });
});
