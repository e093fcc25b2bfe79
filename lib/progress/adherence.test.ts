import { describe, expect, it } from "vitest";
import { overallAdherence, weeklyAdherence, type LoggedSession, type VersionInForce } from "./adherence";

// 2026-11-02 is a Monday.
const daily: VersionInForce = { from: "2026-11-02", items: [{ id: "a", perWeek: 7, perDay: null }] };
const logsOn = (item: string, days: string[]): LoggedSession[] => days.map((performedOn) => ({ programItemId: item, performedOn }));

describe("weeklyAdherence", () => {
  it("counts a daily exercise done on 5 of 7 days as 71 %", () => {
    const logs = logsOn("a", ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]);
    const [week] = weeklyAdherence({ versions: [daily], pauses: [], logs, from: "2026-11-02", to: "2026-11-08" });
    expect(week).toEqual({ weekStart: "2026-11-02", prescribed: 7, done: 5, percent: 71 });
  });

  it("prescribes 3 sessions for a 3-times-a-week exercise and twice as many at 2 a day", () => {
    const versions: VersionInForce[] = [{ from: "2026-11-02", items: [{ id: "a", perWeek: 3, perDay: null }, { id: "b", perWeek: 3, perDay: 2 }] }];
    const [week] = weeklyAdherence({ versions, pauses: [], logs: [], from: "2026-11-02", to: "2026-11-08" });
    expect(week?.prescribed).toBe(9);
    expect(week?.percent).toBe(0);
  });

  it("pro-rates a partial week: a daily exercise given on Thursday prescribes 4 sessions", () => {
    const versions: VersionInForce[] = [{ from: "2026-11-05", items: [{ id: "a", perWeek: 7, perDay: null }] }];
    const logs = logsOn("a", ["2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]);
    const [week] = weeklyAdherence({ versions, pauses: [], logs, from: "2026-11-02", to: "2026-11-08" });
    expect(week).toMatchObject({ prescribed: 4, done: 4, percent: 100 });
  });

  it("prescribes nothing while the episode is on hold, and counts again from the day it resumes", () => {
    const pauses = [{ from: "2026-11-04", to: "2026-11-07" }];
    const [week] = weeklyAdherence({ versions: [daily], pauses, logs: [], from: "2026-11-02", to: "2026-11-08" });
    expect(week?.prescribed).toBe(4);
  });

  it("gives no percentage for a week with nothing prescribed", () => {
    const [week] = weeklyAdherence({ versions: [daily], pauses: [{ from: "2026-11-01", to: null }], logs: [], from: "2026-11-02", to: "2026-11-08" });
    expect(week).toBeUndefined();
    const unscheduled: VersionInForce = { from: "2026-11-02", items: [{ id: "e", perWeek: null, perDay: null }] };
    expect(weeklyAdherence({ versions: [unscheduled], pauses: [], logs: logsOn("e", ["2026-11-02"]), from: "2026-11-02", to: "2026-11-08" })[0]).toMatchObject({
      prescribed: 0,
      percent: null,
    });
  });

  it("does not let extra logs on one day make up for missed days", () => {
    const logs = logsOn("a", ["2026-11-02", "2026-11-02", "2026-11-02"]);
    const [week] = weeklyAdherence({ versions: [daily], pauses: [], logs, from: "2026-11-02", to: "2026-11-08" });
    expect(week?.done).toBe(1);
  });

  it("switches to a new version's items on the day it was given", () => {
    const versions: VersionInForce[] = [daily, { from: "2026-11-05", items: [{ id: "b", perWeek: 7, perDay: null }] }];
    const logs = [...logsOn("a", ["2026-11-02", "2026-11-05"]), ...logsOn("b", ["2026-11-05"])];
    const [week] = weeklyAdherence({ versions, pauses: [], logs, from: "2026-11-02", to: "2026-11-08" });
    // "a" counts on Monday only; on Thursday only "b" is in force.
    expect(week).toMatchObject({ prescribed: 7, done: 2 });
  });

  it("splits days into Monday–Sunday weeks", () => {
    const weeks = weeklyAdherence({ versions: [daily], pauses: [], logs: [], from: "2026-11-02", to: "2026-11-10" });
    expect(weeks.map((week) => [week.weekStart, week.prescribed])).toEqual([
      ["2026-11-02", 7],
      ["2026-11-09", 2],
    ]);
  });
});

describe("overallAdherence", () => {
  it("pools the weeks of the span", () => {
    const logs = logsOn("a", ["2026-11-02", "2026-11-03", "2026-11-09"]);
    expect(overallAdherence({ versions: [daily], pauses: [], logs, from: "2026-11-02", to: "2026-11-10" })).toBe(33);
  });

  it("is null when nothing was prescribed", () => {
    expect(overallAdherence({ versions: [], pauses: [], logs: [], from: "2026-11-02", to: "2026-11-08" })).toBeNull();
  });
});
