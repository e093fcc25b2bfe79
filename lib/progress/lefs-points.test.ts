import { describe, expect, it } from "vitest";
import { lefsSeries } from "./lefs-points";

const window = { from: "2026-10-01", to: "2026-11-30" };

describe("lefsSeries", () => {
  it("measures change from the first total shown: 9 points is meaningful, 8 is not", () => {
    const { points, band } = lefsSeries(
      [
        { completedOn: "2026-11-13", total: 43 },
        { completedOn: "2026-10-23", total: 34 },
        { completedOn: "2026-11-20", total: 42 },
      ],
      window,
    );
    expect(points).toEqual([
      { date: "2026-10-23", total: 34, change: null, meaningful: false },
      { date: "2026-11-13", total: 43, change: 9, meaningful: true },
      { date: "2026-11-20", total: 42, change: 8, meaningful: false },
    ]);
    expect(band).toEqual({ baseline: 34, low: 25, high: 43 });
  });

  it("clamps the band to the 0–80 scale and counts a fall as meaningful too", () => {
    const { points, band } = lefsSeries(
      [
        { completedOn: "2026-10-23", total: 76 },
        { completedOn: "2026-11-13", total: 60 },
      ],
      window,
    );
    expect(band).toEqual({ baseline: 76, low: 67, high: 80 });
    expect(points[1]).toMatchObject({ change: -16, meaningful: true });
  });

  it("has no band without a total in the window", () => {
    expect(lefsSeries([{ completedOn: "2026-09-01", total: 50 }], window)).toEqual({ points: [], band: null });
  });
});
