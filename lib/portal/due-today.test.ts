import { describe, expect, it } from "vitest";
import { dueToday } from "./due-today";

// The week of Monday 23 to Sunday 29 November 2026.
const MON = "2026-11-23";
const TUE = "2026-11-24";
const WED = "2026-11-25";
const THU = "2026-11-26";
const FRI = "2026-11-27";
const SUN = "2026-11-29";
const PREVIOUS_SUN = "2026-11-22";

const perWeek = (days: number, perDay: number | null = null) => ({ perWeek: days, perDay });

describe("dueToday", () => {
  it("daily: due every day until today's session is logged", () => {
    expect(dueToday(perWeek(7), THU, [])).toEqual({ kind: "due", sessionsToday: 1, doneToday: 0, catchUp: false });
    expect(dueToday(perWeek(7), THU, [THU])).toEqual({ kind: "done", doneToday: 1 });
  });

  it("twice a day: due until both of today's sessions are logged", () => {
    const twiceDaily = { perWeek: null, perDay: 2 };
    expect(dueToday(twiceDaily, THU, [THU])).toEqual({ kind: "due", sessionsToday: 2, doneToday: 1, catchUp: false });
    expect(dueToday(twiceDaily, THU, [THU, THU])).toEqual({ kind: "done", doneToday: 2 });
  });

  it("three a week: due on Monday, Wednesday and Friday, later on the days between with the next day named", () => {
    const threeAWeek = perWeek(3);
    expect(dueToday(threeAWeek, MON, [])).toMatchObject({ kind: "due", catchUp: false });
    expect(dueToday(threeAWeek, TUE, [MON])).toEqual({ kind: "later", nextDay: 2 });
    expect(dueToday(threeAWeek, WED, [MON])).toMatchObject({ kind: "due", catchUp: false });
    expect(dueToday(threeAWeek, THU, [MON, WED])).toEqual({ kind: "later", nextDay: 4 });
  });

  it("catches up on a free day when the week is behind, one day's sessions at a time", () => {
    const threeAWeek = perWeek(3);
    expect(dueToday(threeAWeek, TUE, [])).toEqual({ kind: "due", sessionsToday: 1, doneToday: 0, catchUp: true });
    expect(dueToday(threeAWeek, TUE, [TUE])).toEqual({ kind: "done", doneToday: 1 });
    // Sunday after missing all three: one session, not three.
    expect(dueToday(threeAWeek, SUN, [])).toEqual({ kind: "due", sessionsToday: 1, doneToday: 0, catchUp: true });
  });

  it("once a week: due on Monday, later until next week once done", () => {
    expect(dueToday(perWeek(1), MON, [])).toMatchObject({ kind: "due" });
    expect(dueToday(perWeek(1), FRI, [MON])).toEqual({ kind: "later", nextDay: "next-week" });
  });

  it("asks for nothing more once the week's sessions are all done, even on a scheduled day", () => {
    expect(dueToday(perWeek(2), THU, [MON, TUE])).toEqual({ kind: "later", nextDay: "next-week" });
  });

  it("starts each week afresh: last week's sessions do not count", () => {
    expect(dueToday(perWeek(1), MON, [PREVIOUS_SUN])).toMatchObject({ kind: "due", catchUp: false });
    expect(dueToday(perWeek(2), TUE, [PREVIOUS_SUN])).toMatchObject({ kind: "due", catchUp: true });
  });

  it("counts the week only from the day the prescription was given: earlier days are neither missed nor done", () => {
    const threeAWeek = perWeek(3);
    // Given on Tuesday: Monday was not missed, so Tuesday is no catch-up day.
    expect(dueToday(threeAWeek, TUE, [], TUE)).toEqual({ kind: "later", nextDay: 2 });
    // Given on Tuesday, Wednesday skipped: Thursday catches up.
    expect(dueToday(threeAWeek, THU, [], TUE)).toMatchObject({ kind: "due", catchUp: true });
    // Given on Thursday with Monday's session logged under the old prescription: only Friday is left.
    expect(dueToday(threeAWeek, THU, [MON], THU)).toEqual({ kind: "later", nextDay: 4 });
    // Given in an earlier week: the whole week counts.
    expect(dueToday(threeAWeek, TUE, [], PREVIOUS_SUN)).toMatchObject({ kind: "due", catchUp: true });
  });

  it("asks a twice-a-week prescription given on Friday only for what is left of the week", () => {
    // Monday and Thursday slots: nothing left from Friday on, so nothing is due until next week.
    expect(dueToday(perWeek(2), FRI, [], FRI)).toEqual({ kind: "later", nextDay: "next-week" });
  });

  it("shows an extra session logged on a free day as done today", () => {
    expect(dueToday(perWeek(3), TUE, [MON, TUE])).toEqual({ kind: "done", doneToday: 1 });
  });

  it("an item with no schedule is any time and never due or missed", () => {
    expect(dueToday({ perWeek: null, perDay: null }, SUN, [])).toEqual({ kind: "any-time", doneToday: 0 });
    expect(dueToday({ perWeek: null, perDay: null }, SUN, [SUN])).toEqual({ kind: "any-time", doneToday: 1 });
  });
});
