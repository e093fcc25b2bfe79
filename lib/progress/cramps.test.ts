import { describe, expect, it } from "vitest";
import { crampContextsUsed, crampsPerWeek } from "./cramps";

const window = { from: "2026-11-04", to: "2026-11-26" };

describe("crampsPerWeek", () => {
  it("counts cramps per Monday week by context, with zero weeks in between", () => {
    const weeks = crampsPerWeek(
      [
        { onsetOn: "2026-11-04", context: "NIGHT_SLEEP" },
        { onsetOn: "2026-11-08", context: "NIGHT_SLEEP" },
        { onsetOn: "2026-11-08", context: "DURING_EXERCISE" },
        { onsetOn: "2026-11-24", context: "POST_EXERCISE" },
        { onsetOn: "2026-11-01", context: "OTHER" },
      ],
      window,
    );
    expect(weeks.map((week) => [week.weekStart, week.total, week.counts.NIGHT_SLEEP, week.counts.DURING_EXERCISE, week.counts.POST_EXERCISE])).toEqual([
      ["2026-11-02", 3, 2, 1, 0],
      ["2026-11-09", 0, 0, 0, 0],
      ["2026-11-16", 0, 0, 0, 0],
      ["2026-11-23", 1, 0, 0, 1],
    ]);
    expect(crampContextsUsed(weeks)).toEqual(["NIGHT_SLEEP", "DURING_EXERCISE", "POST_EXERCISE"]);
  });

  it("is empty when no cramp falls in the window", () => {
    expect(crampsPerWeek([{ onsetOn: "2026-10-01", context: "OTHER" }], window)).toEqual([]);
  });
});
