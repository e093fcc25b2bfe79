import { describe, expect, it } from "vitest";
import { overallAdherence, weeklyAdherence, type LoggedSession, type VersionInForce } from "./adherence";

// 2026-11-02 is a Monday.
const daily: VersionInForce = { from: "2026-11-02", items: [{ id: "a", exerciseCode: "EX02", perWeek: 7, perDay: null }] };
const logsOn = (exerciseCode: string, days: string[]): LoggedSession[] => days.map((performedOn) => ({ exerciseCode, performedOn }));
const WEEK = { from: "2026-11-02", to: "2026-11-08" };

describe("weeklyAdherence", () => {
  it("counts a daily exercise done on 5 of 7 days as 71 %", () => {
    const logs = logsOn("EX02", ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06"]);
    const [week] = weeklyAdherence({ versions: [daily], pauses: [], logs, ...WEEK });
    expect(week).toEqual({ weekStart: "2026-11-02", prescribed: 7, done: 5, percent: 71 });
  });

  it("prescribes 3 sessions for a 3-times-a-week exercise and twice as many at 2 a day", () => {
    const versions: VersionInForce[] = [
      { from: "2026-11-02", items: [{ id: "a", exerciseCode: "EX25", perWeek: 3, perDay: null }, { id: "b", exerciseCode: "EX12", perWeek: 3, perDay: 2 }] },
    ];
    const [week] = weeklyAdherence({ versions, pauses: [], logs: [], ...WEEK });
    expect(week).toMatchObject({ prescribed: 9, percent: 0 });
  });

  it("counts the sessions due by the last day counted, on the days the portal shows as due (3 a week: Mon, Wed, Fri)", () => {
    const versions: VersionInForce[] = [{ from: "2026-11-02", items: [{ id: "a", exerciseCode: "EX25", perWeek: 3, perDay: null }] }];
    expect(weeklyAdherence({ versions, pauses: [], logs: [], from: "2026-11-02", to: "2026-11-03" })[0]?.prescribed).toBe(1);
    expect(weeklyAdherence({ versions, pauses: [], logs: [], from: "2026-11-02", to: "2026-11-04" })[0]?.prescribed).toBe(2);
    // Done on Tuesday instead of Monday: a catch-up day counts.
    expect(weeklyAdherence({ versions, pauses: [], logs: logsOn("EX25", ["2026-11-03"]), from: "2026-11-02", to: "2026-11-03" })[0]).toMatchObject({ done: 1, percent: 100 });
  });

  it("counts a version given on Thursday from Thursday: a daily exercise then prescribes 4 sessions", () => {
    const versions: VersionInForce[] = [{ ...daily, from: "2026-11-05" }];
    const logs = logsOn("EX02", ["2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]);
    expect(weeklyAdherence({ versions, pauses: [], logs, ...WEEK })[0]).toMatchObject({ prescribed: 4, done: 4, percent: 100 });
  });

  it("prescribes nothing while the episode is on hold, and counts again from the day it resumes", () => {
    const pauses = [{ from: "2026-11-04", to: "2026-11-07" }];
    expect(weeklyAdherence({ versions: [daily], pauses, logs: [], ...WEEK })[0]?.prescribed).toBe(4);
  });

  it("gives no percentage for a week with nothing prescribed", () => {
    expect(weeklyAdherence({ versions: [daily], pauses: [{ from: "2026-11-01", to: null }], logs: [], ...WEEK })[0]).toBeUndefined();
    const unscheduled: VersionInForce = { from: "2026-11-02", items: [{ id: "e", exerciseCode: "EX01", perWeek: null, perDay: null }] };
    expect(weeklyAdherence({ versions: [unscheduled], pauses: [], logs: logsOn("EX01", ["2026-11-02"]), ...WEEK })[0]).toMatchObject({ prescribed: 0, percent: null });
  });

  it("does not let extra logs on one day make up for missed days", () => {
    const logs = logsOn("EX02", ["2026-11-02", "2026-11-02", "2026-11-02"]);
    expect(weeklyAdherence({ versions: [daily], pauses: [], logs, ...WEEK })[0]?.done).toBe(1);
  });

  it("never lets one exercise's extra sessions cover another's skipped ones (issue 11)", () => {
    // A 3-a-week bridge done every day and a 3-a-week clamshell never done: 3 of 6, not 6 of 6.
    const versions: VersionInForce[] = [
      { from: "2026-11-02", items: [{ id: "a", exerciseCode: "EX25", perWeek: 3, perDay: null }, { id: "b", exerciseCode: "EX31", perWeek: 3, perDay: null }] },
    ];
    const logs = logsOn("EX25", ["2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-07", "2026-11-08"]);
    expect(weeklyAdherence({ versions, pauses: [], logs, ...WEEK })[0]).toEqual({ weekStart: "2026-11-02", prescribed: 6, done: 3, percent: 50 });
  });

  it("counts the Askling Diver (every other day) and Glider (every 3rd day) from the day given (domain.md §2.2 [S10], issue 11)", () => {
    const versions: VersionInForce[] = [
      {
        from: "2026-11-02",
        items: [
          { id: "d", exerciseCode: "EX15", perWeek: null, perDay: null, everyDays: 2 },
          { id: "g", exerciseCode: "EX16", perWeek: null, perDay: null, everyDays: 3 },
        ],
      },
    ];
    const logs = [...logsOn("EX15", ["2026-11-02", "2026-11-04", "2026-11-06"]), ...logsOn("EX16", ["2026-11-02"])];
    // Diver: Mon, Wed, Fri, Sun = 4 due, 3 done; Glider: Mon, Thu, Sun = 3 due, 1 done.
    expect(weeklyAdherence({ versions, pauses: [], logs, ...WEEK })[0]).toMatchObject({ prescribed: 7, done: 4, percent: 57 });
  });

  it("counts a session logged against the previous version's item for the same exercise (issue 11)", () => {
    const versions: VersionInForce[] = [daily, { from: "2026-11-05", items: [{ id: "b", exerciseCode: "EX02", perWeek: 7, perDay: null }] }];
    // Thursday's log still points at version 1's item (the patient's page was open when version 2 was saved).
    const logs: LoggedSession[] = logsOn("EX02", ["2026-11-02", "2026-11-05"]);
    expect(weeklyAdherence({ versions, pauses: [], logs, ...WEEK })[0]).toMatchObject({ prescribed: 7, done: 2 });
  });

  it("switches to a new version's exercises on the day it was given", () => {
    const versions: VersionInForce[] = [daily, { from: "2026-11-05", items: [{ id: "b", exerciseCode: "EX03", perWeek: 7, perDay: null }] }];
    const logs = [...logsOn("EX02", ["2026-11-02", "2026-11-05"]), ...logsOn("EX03", ["2026-11-05"])];
    // EX02 counts on Monday only; from Thursday only EX03 is in force.
    expect(weeklyAdherence({ versions, pauses: [], logs, ...WEEK })[0]).toMatchObject({ prescribed: 7, done: 2 });
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
    const logs = logsOn("EX02", ["2026-11-02", "2026-11-03", "2026-11-09"]);
    expect(overallAdherence({ versions: [daily], pauses: [], logs, from: "2026-11-02", to: "2026-11-10" })).toBe(33);
  });

  it("is null when nothing was prescribed", () => {
    expect(overallAdherence({ versions: [], pauses: [], logs: [], ...WEEK })).toBeNull();
  });
});
