import { describe, expect, it } from "vitest";
import { weeklyAdherence } from "./adherence";
import { pauseSpans, versionsInForce } from "./adherence-inputs";

describe("versionsInForce", () => {
  it("puts the later of two versions saved on one day in force", () => {
    const versions = versionsInForce([
      { version: 2, createdOn: "2026-11-02", items: [{ id: "b", exerciseCode: "EX02", perWeek: 7, perDay: null, everyDays: null }] },
      { version: 1, createdOn: "2026-11-02", items: [{ id: "a", exerciseCode: "EX02", perWeek: 3, perDay: null, everyDays: null }] },
    ]);
    const [week] = weeklyAdherence({ versions, pauses: [], logs: [], from: "2026-11-02", to: "2026-11-08" });
    expect(week?.prescribed).toBe(7);
  });
});

describe("pauseSpans", () => {
  it("pauses from the day put on hold to the day active again, and open-ended once finished", () => {
    expect(
      pauseSpans([
        { toStatus: "FINISHED", changedOn: "2026-11-20" },
        { toStatus: "ON_HOLD", changedOn: "2026-11-04" },
        { toStatus: "ACTIVE", changedOn: "2026-11-07" },
      ]),
    ).toEqual([
      { from: "2026-11-04", to: "2026-11-07" },
      { from: "2026-11-20", to: null },
    ]);
  });

  it("keeps one pause through hold then finish, and none without status changes", () => {
    expect(
      pauseSpans([
        { toStatus: "ON_HOLD", changedOn: "2026-11-04" },
        { toStatus: "FINISHED", changedOn: "2026-11-10" },
      ]),
    ).toEqual([{ from: "2026-11-04", to: null }]);
    expect(pauseSpans([])).toEqual([]);
  });
});
