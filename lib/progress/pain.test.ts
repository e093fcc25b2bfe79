import { describe, expect, it } from "vitest";
import { weeklyPain } from "./pain";

const window = { from: "2026-11-02", to: "2026-11-22" };

describe("weeklyPain", () => {
  it("averages pain during exercise and next-morning pain per Monday week, to one decimal", () => {
    const weeks = weeklyPain(
      [
        { performedOn: "2026-11-02", painDuring: 3 },
        { performedOn: "2026-11-04", painDuring: 2 },
        { performedOn: "2026-11-08", painDuring: 2 },
        { performedOn: "2026-11-09", painDuring: 1 },
      ],
      [
        { sessionDate: "2026-11-02", pain: 4 },
        { sessionDate: "2026-11-16", pain: 1 },
      ],
      window,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-11-02", duringMean: 2.3, duringCount: 3, morningMean: 4, morningCount: 1 },
      { weekStart: "2026-11-09", duringMean: 1, duringCount: 1, morningMean: null, morningCount: 0 },
      { weekStart: "2026-11-16", duringMean: null, duringCount: 0, morningMean: 1, morningCount: 1 },
    ]);
  });

  it("ignores logs without a pain rating and anything outside the window", () => {
    const weeks = weeklyPain(
      [
        { performedOn: "2026-11-03", painDuring: null },
        { performedOn: "2026-11-01", painDuring: 9 },
      ],
      [{ sessionDate: "2026-11-23", pain: 9 }],
      window,
    );
    expect(weeks).toEqual([]);
  });
});
