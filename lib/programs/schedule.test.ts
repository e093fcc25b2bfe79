import { describe, expect, it } from "vitest";
import { eachDay } from "@/lib/core/calendar";
import { sessionsOn, sessionsOneDayCounts, sessionsPerWeek, weeklySchedule } from "./schedule";

// The week of Monday 23 to Sunday 29 November 2026.
const MON = "2026-11-23";
const THU = "2026-11-26";
const perWeek = (days: number, perDay: number | null = null) => ({ perWeek: days, perDay });

describe("sessionsPerWeek", () => {
  it("multiplies days per week by sessions per day", () => {
    expect(sessionsPerWeek({ perWeek: 3, perDay: 2 })).toBe(6);
  });

  it("reads 5 days a week at 1 a day as 5 sessions, not 7 (issue 11: the load guard read it as every day)", () => {
    expect(sessionsPerWeek({ perWeek: 5, perDay: 1 })).toBe(5);
    expect(sessionsPerWeek({ perWeek: 3, perDay: null })).toBe(sessionsPerWeek({ perWeek: 3, perDay: 1 }));
  });

  it("reads sessions per day alone as every day", () => {
    expect(sessionsPerWeek({ perWeek: null, perDay: 2 })).toBe(14);
  });

  it("counts every other day as 3.5 and every 3rd day as 7/3 sessions a week (Askling Diver and Glider, domain.md §2.2 [S10])", () => {
    expect(sessionsPerWeek({ perWeek: null, perDay: null, everyDays: 2 })).toBe(3.5);
    expect(sessionsPerWeek({ perWeek: null, perDay: null, everyDays: 3 })).toBeCloseTo(7 / 3);
  });

  it("gives no schedule when nothing is set", () => {
    expect(sessionsPerWeek({ perWeek: null, perDay: null })).toBeNull();
  });
});

describe("weeklySchedule", () => {
  const spread = (frequency: Parameters<typeof weeklySchedule>[0]) => weeklySchedule(frequency, THU, MON);

  it("spreads N days evenly over fixed weekdays: 3 a week is Monday, Wednesday, Friday", () => {
    expect(spread(perWeek(1))).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(spread(perWeek(2))).toEqual([1, 0, 0, 1, 0, 0, 0]);
    expect(spread(perWeek(3))).toEqual([1, 0, 1, 0, 1, 0, 0]);
    expect(spread(perWeek(5))).toEqual([1, 1, 1, 0, 1, 1, 0]);
    expect(spread(perWeek(7))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it("reads sessions a day alone as every day, and puts perDay sessions on each day", () => {
    expect(spread({ perWeek: null, perDay: 2 })).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(spread(perWeek(3, 2))).toEqual([2, 0, 2, 0, 2, 0, 0]);
  });

  it("puts a second session on some days when more than 7 a week are prescribed", () => {
    expect(spread(perWeek(10))).toEqual([2, 1, 2, 1, 2, 1, 1]);
  });

  it("always adds up to sessionsPerWeek, the figure the load guard weighs", () => {
    for (const days of [1, 2, 3, 4, 5, 6, 7, 10, 14]) {
      for (const perDay of [null, 1, 2, 3]) {
        expect(spread(perWeek(days, perDay))!.reduce((a, b) => a + b, 0)).toBe(sessionsPerWeek(perWeek(days, perDay)));
      }
    }
  });

  it("counts every other day from the day it was given, across week boundaries [S10]", () => {
    const everyOtherDay = { perWeek: null, perDay: null, everyDays: 2 };
    expect(weeklySchedule(everyOtherDay, MON, MON)).toEqual([1, 0, 1, 0, 1, 0, 1]);
    // The next week goes on from Sunday: Tuesday, Thursday, Saturday.
    expect(weeklySchedule(everyOtherDay, "2026-11-30", MON)).toEqual([0, 1, 0, 1, 0, 1, 0]);
    // Given on Thursday: nothing before it, then Thursday and Saturday.
    expect(weeklySchedule(everyOtherDay, MON, THU)).toEqual([0, 0, 0, 1, 0, 1, 0]);
    const everyThirdDay = { perWeek: null, perDay: null, everyDays: 3 };
    const days = eachDay(MON, "2026-12-20").filter((day) => sessionsOn(everyThirdDay, day, MON) > 0);
    expect(days.length).toBe(10); // 28 days: day 0, 3, …, 27
  });

  it("has no schedule when nothing is set", () => {
    expect(spread({ perWeek: null, perDay: null })).toBeNull();
  });
});

describe("sessionsOneDayCounts", () => {
  it("counts a scheduled day's sessions, and one day's sessions on a catch-up day, never more", () => {
    expect(sessionsOneDayCounts(perWeek(3), MON, MON)).toBe(1);
    expect(sessionsOneDayCounts(perWeek(3), "2026-11-24", MON)).toBe(1);
    expect(sessionsOneDayCounts(perWeek(10), MON, MON)).toBe(2);
    expect(sessionsOneDayCounts({ perWeek: null, perDay: 3 }, MON, MON)).toBe(3);
  });
});
