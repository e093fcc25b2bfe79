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
        { toStatus: "FINISHED", on: "2026-11-20" },
        { toStatus: "ON_HOLD", on: "2026-11-04" },
        { toStatus: "ACTIVE", on: "2026-11-07" },
      ]),
    ).toEqual([
      { from: "2026-11-04", to: "2026-11-07" },
      { from: "2026-11-20", to: null },
    ]);
  });

  it("has no pause for an episode that never left ACTIVE", () => {
    expect(pauseSpans([])).toEqual([]);
  });

  it("pauses from the day the episode went on hold until the day it resumed", () => {
    expect(
      pauseSpans([
        { toStatus: "ON_HOLD", on: "2026-11-04" },
        { toStatus: "ACTIVE", on: "2026-11-07" },
      ]),
    ).toEqual([{ from: "2026-11-04", to: "2026-11-07" }]);
  });

  it("keeps a pause open while the episode is still on hold or finished, from the first day it left ACTIVE", () => {
    expect(
      pauseSpans([
        { toStatus: "FINISHED", on: "2026-11-10" },
        { toStatus: "ON_HOLD", on: "2026-11-02" },
      ]),
    ).toEqual([{ from: "2026-11-02", to: null }]);
  });

  it("reads several holds in order of their days, whatever order they arrive in", () => {
    expect(
      pauseSpans([
        { toStatus: "ACTIVE", on: "2026-11-20" },
        { toStatus: "ON_HOLD", on: "2026-11-01" },
        { toStatus: "ON_HOLD", on: "2026-11-15" },
        { toStatus: "ACTIVE", on: "2026-11-03" },
      ]),
    ).toEqual([
      { from: "2026-11-01", to: "2026-11-03" },
      { from: "2026-11-15", to: "2026-11-20" },
    ]);
  });
});
