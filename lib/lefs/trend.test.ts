import { describe, expect, it } from "vitest";
import { LEFS_MCID } from "./items";
import { signedPoints, withLefsChanges, type LefsResult } from "./trend";

const result = (id: string, total: number | null, answered = total === null ? 7 : 20): LefsResult => ({
  id,
  requestedAt: "2026-11-01T09:00:00.000Z",
  completedAt: total === null ? null : "2026-11-02T09:00:00.000Z",
  total,
  answered,
});

describe("LEFS change against the previous completed questionnaire", () => {
  it("uses 9 points as the MCID (domain.md §1.5)", () => {
    expect(LEFS_MCID).toBe(9);
  });

  it("marks a change of 9 points or more either way as meaningful, and 8 as not", () => {
    const rows = withLefsChanges([result("d", 50), result("c", 59), result("b", 51), result("a", 42)]);
    expect(rows.map((row) => row.change)).toEqual([
      { points: -9, meaningful: true },
      { points: 8, meaningful: false },
      { points: 9, meaningful: true },
      null,
    ]);
  });

  it("skips open questionnaires: they have no change and are not the 'previous' one", () => {
    const rows = withLefsChanges([result("open", null), result("c", 60), result("open-old", null), result("a", 48)]);
    expect(rows.map((row) => row.change)).toEqual([null, { points: 12, meaningful: true }, null, null]);
  });

  it("writes signed points with a real minus sign", () => {
    expect([signedPoints(12), signedPoints(-3), signedPoints(0)]).toEqual(["+12", "−3", "0"]);
  });
});
