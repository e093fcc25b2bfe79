import { describe, expect, it } from "vitest";
import { addDays, eachDay } from "@/lib/core/calendar";
import { row } from "@/scripts/testing/measurement-row-builder";
import type { LoggedSession, VersionInForce } from "@/lib/programs/adherence";
import { summarizeAdherence } from "./adherence-summary";
import { summarizePain, type PainRating } from "./pain-trend";
import { buildPortalProgress, type PortalProgressData } from "./progress";
import { progressWindowStart } from "./window";

// 2026-11-26 is a Thursday; this week began on Monday 2026-11-23 and the 4 weeks before on 2026-10-26.
const TODAY = "2026-11-26";
const daily: VersionInForce = { from: "2026-10-26", items: [{ id: "a", exerciseCode: "EX12", perWeek: 7, perDay: null }] };
const logsOn = (days: string[], exerciseCode = "EX12"): LoggedSession[] => days.map((performedOn) => ({ exerciseCode, performedOn }));
/** The first `count` days of the week starting on `monday`. */
const firstDays = (monday: string, count: number) => eachDay(monday, addDays(monday, count - 1));

describe("progressWindowStart", () => {
  it("starts on the Monday four weeks before this week's", () => {
    expect(progressWindowStart(TODAY)).toBe("2026-10-26");
    expect(progressWindowStart("2026-11-23")).toBe("2026-10-26");
  });
});

describe("summarizeAdherence", () => {
  it("counts this week against one denominator, the sessions due by today (issue 11)", () => {
    const summary = summarizeAdherence({ versions: [daily], statusChanges: [], logs: logsOn(firstDays("2026-11-23", 3)) }, TODAY);
    expect(summary.thisWeek).toEqual({ done: 3, dueByToday: 4, text: "You have done 3 of the 4 sessions due by today." });
  });

  it("counts the sessions due by today on the plan's own days: 3 a week by Thursday is Monday and Wednesday", () => {
    const bridge: VersionInForce = { from: "2026-10-26", items: [{ id: "b", exerciseCode: "EX25", perWeek: 3, perDay: null }] };
    const versions = [{ ...daily, items: [...daily.items, ...bridge.items] }];
    // Four bridges this week do not make up for the missed stretches: each exercise counts up to its own sessions due.
    const logs = [...logsOn(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"], "EX25"), ...logsOn(["2026-11-23"])];
    expect(summarizeAdherence({ versions, statusChanges: [], logs }, TODAY).thisWeek?.text).toBe("You have done 3 of the 6 sessions due by today.");
  });

  it("shows the 4 full weeks before this one and says the trend in words", () => {
    const logs = logsOn([...firstDays("2026-10-26", 2), ...firstDays("2026-11-02", 4), ...firstDays("2026-11-09", 5), ...firstDays("2026-11-16", 6)]);
    const summary = summarizeAdherence({ versions: [daily], statusChanges: [], logs }, TODAY);
    expect(summary.weeks.map((week) => [week.label, week.done, week.planned, week.percent])).toEqual([
      ["Week of 26 Oct 2026", 2, 7, 29],
      ["Week of 2 Nov 2026", 4, 7, 57],
      ["Week of 9 Nov 2026", 5, 7, 71],
      ["Week of 16 Nov 2026", 6, 7, 86],
    ]);
    expect(summary.trend).toBe("up");
    expect(summary.trendText).toBe("Over the last 4 weeks you did 17 of the 28 sessions planned. Going up: from 29 % to 86 % a week.");
  });

  it("calls a change of exactly 10 points up, and none steady", () => {
    // Five days a week, twice a day: each session is 10 % of the week.
    const twiceDaily: VersionInForce = { from: "2026-11-09", items: [{ id: "a", exerciseCode: "EX12", perWeek: 5, perDay: 2 }] };
    const twice = (days: string[]) => days.flatMap((day) => logsOn([day, day]));
    const fiveThenSix = [...twice(firstDays("2026-11-09", 2)), ...logsOn(["2026-11-11"]), ...twice(firstDays("2026-11-16", 3))];
    expect(summarizeAdherence({ versions: [twiceDaily], statusChanges: [], logs: fiveThenSix }, TODAY)).toMatchObject({
      trend: "up",
      trendText: expect.stringContaining("from 50 % to 60 %"),
    });
    const fiveAndFive = [...twice(firstDays("2026-11-09", 2)), ...logsOn(["2026-11-11"]), ...twice(firstDays("2026-11-16", 2)), ...logsOn(["2026-11-18"])];
    expect(summarizeAdherence({ versions: [twiceDaily], statusChanges: [], logs: fiveAndFive }, TODAY)).toMatchObject({
      trend: "steady",
      trendText: expect.stringContaining("Steady at about 50 % a week."),
    });
  });

  it("says when it is going down", () => {
    const logs = logsOn([...firstDays("2026-11-09", 7), ...firstDays("2026-11-16", 3)]);
    const summary = summarizeAdherence({ versions: [{ ...daily, from: "2026-11-09" }], statusChanges: [], logs }, TODAY);
    expect(summary).toMatchObject({ trend: "down", trendText: expect.stringContaining("Going down: from 100 % to 43 % a week.") });
    expect(summary.weeks.slice(0, 2).map((week) => week.percent)).toEqual([null, null]);
  });

  it("has nothing to count without a program, and nothing due this week while the episode is on hold", () => {
    expect(summarizeAdherence({ versions: [], statusChanges: [], logs: [] }, TODAY)).toEqual({
      thisWeek: null,
      weeks: expect.any(Array),
      trend: null,
      trendText: "No sessions were planned in the last 4 weeks.",
    });
    const onHold = summarizeAdherence({ versions: [daily], statusChanges: [{ toStatus: "ON_HOLD", on: "2026-11-23" }], logs: [] }, TODAY);
    expect(onHold.thisWeek).toBeNull();
    expect(onHold.weeks.at(-1)?.percent).toBe(0);
  });

  it("counts a version given mid-week from the day it was given: twice a week (Mon, Thu) given on Wednesday is 1 due by Thursday", () => {
    const twiceWeekly: VersionInForce = { from: "2026-11-25", items: [{ id: "a", exerciseCode: "EX12", perWeek: 2, perDay: null }] };
    const summary = summarizeAdherence({ versions: [twiceWeekly], statusChanges: [], logs: logsOn(["2026-11-25"]) }, TODAY);
    expect(summary.thisWeek).toEqual({ done: 1, dueByToday: 1, text: "You have done 1 of the 1 session due by today." });
  });
});

const ratings = (day: string, ...values: number[]): PainRating[] => values.map((pain) => ({ day, pain }));

describe("summarizePain", () => {
  it("calls a fall of exactly 2 points going down", () => {
    const trend = summarizePain([...ratings("2026-11-03", 5, 5), ...ratings("2026-11-24", 3)], TODAY);
    expect(trend.weeks.map((week) => [week.label, week.mean])).toEqual([
      ["Week of 2 Nov 2026", 5],
      ["Week of 9 Nov 2026", null],
      ["Week of 16 Nov 2026", null],
      ["This week", 3],
    ]);
    expect(trend).toMatchObject({ direction: "down", text: "Going down: from 5 to 3 out of 10 on average." });
  });

  it("calls a change of 1.9 points about the same", () => {
    const trend = summarizePain([...ratings("2026-11-03", 5), ...ratings("2026-11-24", 3, 3, 3, 3, 3, 3, 3, 3, 3, 4)], TODAY);
    expect(trend).toMatchObject({ direction: "same", text: "About the same: from 5 to 3.1 out of 10 on average." });
  });

  it("calls a rise of 2 points going up, judged on the means as shown", () => {
    // 10/3 and 16/3 show as 3.3 and 5.3: a rise of 2 as the patient reads it.
    const trend = summarizePain([...ratings("2026-11-10", 3, 3, 4), ...ratings("2026-11-17", 5, 5, 6)], TODAY);
    expect(trend).toMatchObject({ direction: "up", text: "Going up: from 3.3 to 5.3 out of 10 on average. Let your clinician know." });
  });

  it("needs two weeks with ratings for a trend, and ignores ratings older than 4 weeks", () => {
    expect(summarizePain([...ratings("2026-10-27", 8), ...ratings("2026-11-24", 2)], TODAY)).toMatchObject({
      direction: null,
      text: "On average 2 out of 10. A trend shows once two weeks have ratings.",
    });
    expect(summarizePain([], TODAY)).toMatchObject({ direction: null, text: "No ratings in the last 4 weeks." });
  });
});

describe("buildPortalProgress", () => {
  const episode: NonNullable<PortalProgressData["episode"]> = {
    side: "RIGHT",
    phase: "SUBACUTE",
    status: "ACTIVE",
    versions: [
      { from: "2026-10-26", items: [{ id: "1", exerciseCode: "EX33", perWeek: 2, perDay: null }] },
      { from: "2026-11-09", items: [{ id: "2", exerciseCode: "EX12", perWeek: 7, perDay: null }] },
    ],
    statusChanges: [],
    assessments: [
      { assessedOn: "2026-10-26", acutePhase: false, rows: [row("ake-knee-flex-angle", "RIGHT", 41), row("mmt-hip-ext", "RIGHT", 9)] },
      { assessedOn: "2026-11-20", acutePhase: false, rows: [row("ake-knee-flex-angle", "RIGHT", 19), row("mmt-hip-ext", "RIGHT", 11)] },
    ],
  };

  it("has nothing to show without a current episode", () => {
    expect(buildPortalProgress({ episode: null, logs: [], morningPain: [], hasLogged: false }, TODAY)).toEqual({ state: "no-episode" });
  });

  it("reports the measures of the current program version and pain only from logs that have it", () => {
    const logs = [
      { exerciseCode: "EX12", performedOn: "2026-11-24", painDuring: 4 },
      { exerciseCode: "EX12", performedOn: "2026-11-25", painDuring: null },
    ];
    const progress = buildPortalProgress({ episode, logs, morningPain: ratings("2026-11-24", 1), hasLogged: true }, TODAY);
    if (progress.state !== "ready") throw new Error("expected a summary");
    expect(progress.measures.map((measure) => measure.code)).toEqual(["ake-knee-flex-angle"]);
    expect(progress.painDuring.weeks.at(-1)).toMatchObject({ mean: 4, ratings: 1 });
    expect(progress.painMorning.weeks.at(-1)).toMatchObject({ mean: 1 });
    expect(progress.adherence.thisWeek).toMatchObject({ done: 2, dueByToday: 4 });
    expect(progress.onHold).toBe(false);
  });
});
