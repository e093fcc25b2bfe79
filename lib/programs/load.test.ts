import { describe, expect, it } from "vitest";
import { exerciseByCode } from "@/lib/exercises/library";
import { loadChangeOverWindow, weeklyLoad, type Dose, type DoseInForce } from "./load";

const dose = (change: Partial<Dose>): Dose => ({
  sets: 3,
  reps: 10,
  holdSeconds: null,
  loadKg: 20,
  perWeek: 2,
  perDay: null,
  everyDays: null,
  durationSeconds: null,
  distanceM: null,
  ...change,
});
const ON = "2026-11-30";
/** The change from one dose in force since `daysAgo` (3 unless said) to `next`, saved on ON. */
const change = (before: Partial<Dose>, next: Partial<Dose>, daysAgo = 3) => loadChangeOverWindow(dose(next), [{ from: daysBefore(daysAgo), dose: dose(before) }], ON);
const daysBefore = (days: number) => `2026-11-${String(30 - days).padStart(2, "0")}`;

describe("weeklyLoad", () => {
  it("weighs sets × reps × kg, and sessions from the one schedule (5 a week at 1 a day is 5, not 7)", () => {
    expect(weeklyLoad(dose({}))).toEqual({ basis: "external-load", perSession: 600, perWeek: 2 });
    expect(weeklyLoad(dose({ perWeek: 5, perDay: 1 }))?.perWeek).toBe(5);
  });

  it("treats no load and 0 kg alike as body weight: sets × reps", () => {
    expect(weeklyLoad(dose({ loadKg: null }))).toEqual({ basis: "body-weight", perSession: 30, perWeek: 2 });
    expect(weeklyLoad(dose({ loadKg: 0 }))).toEqual(weeklyLoad(dose({ loadKg: null })));
  });

  it("weighs holds, durations and distances as time and metres", () => {
    expect(weeklyLoad(dose({ reps: null, loadKg: null, holdSeconds: 30 }))).toMatchObject({ basis: "time", perSession: 90 });
    expect(weeklyLoad(dose({ sets: null, reps: null, loadKg: null, durationSeconds: 600 }))).toMatchObject({ basis: "time", perSession: 600 });
    expect(weeklyLoad(dose({ sets: 4, reps: null, loadKg: null, distanceM: 100 }))).toMatchObject({ basis: "distance", perSession: 400 });
  });
});

describe("loadChangeOverWindow (R-LOAD, domain.md §3.1 [S46])", () => {
  it("accepts up to 10 % in a week, warns above it, and asks for a reason above 30 % over 2 weeks", () => {
    expect(change({ reps: 100 }, { reps: 110 })).toMatchObject({ level: "ok", percent: 10 });
    expect(change({ reps: 100 }, { reps: 111 })).toMatchObject({ level: "warn", windowDays: 7 });
    expect(change({ reps: 100 }, { reps: 130 })).toMatchObject({ level: "warn" });
    expect(change({ reps: 100 }, { reps: 131 })).toMatchObject({ level: "reason-required", windowDays: 14 });
  });

  it("reads 5 days a week at 1 a day as no change against 5 a week (issue 11: it read +40 %)", () => {
    expect(change({ perWeek: 5, perDay: null }, { perWeek: 5, perDay: 1 })).toMatchObject({ level: "ok", percent: 0 });
    // Adding "1 a day" to a 3-a-week item changes nothing either (it read +133 %).
    expect(change({ perWeek: 3, perDay: null }, { perWeek: 3, perDay: 1 })).toMatchObject({ level: "ok", percent: 0 });
  });

  it("keeps guarding a 0 kg item: more reps at body weight count, and adding a load needs a reason", () => {
    expect(change({ loadKg: 0, reps: 10 }, { loadKg: 0, reps: 14 })).toMatchObject({ level: "reason-required", percent: 40 });
    expect(change({ loadKg: 0 }, { loadKg: 5 })).toEqual({ level: "reason-required", percent: null, windowDays: 14, planned: false });
    expect(change({ loadKg: null }, { loadKg: 5 })).toMatchObject({ level: "reason-required", percent: null });
    // Taking the load away is no rise.
    expect(change({ loadKg: 5 }, { loadKg: null })).toBeNull();
  });

  it("guards time- and distance-dosed items", () => {
    const ride = { sets: null, reps: null, loadKg: null, perWeek: 5 };
    expect(change({ ...ride, durationSeconds: 600 }, { ...ride, durationSeconds: 900 })).toMatchObject({ level: "reason-required", percent: 50 });
    const lap = { sets: 3, reps: null, loadKg: null, perWeek: 3 };
    expect(change({ ...lap, distanceM: 100 }, { ...lap, distanceM: 120 })).toMatchObject({ level: "warn", percent: 20 });
    expect(change({ reps: null, loadKg: null, holdSeconds: 30 }, { reps: null, loadKg: null, holdSeconds: 35 })).toMatchObject({ level: "warn" });
  });

  it("sees two steps of +20 % within 2 weeks as one rise of 44 % (> 30 % over 2 weeks [S46b])", () => {
    const history: DoseInForce[] = [
      { from: daysBefore(12), dose: dose({ reps: 100 }) },
      { from: daysBefore(5), dose: dose({ reps: 120 }) },
    ];
    expect(loadChangeOverWindow(dose({ reps: 144 }), history, ON)).toMatchObject({ level: "reason-required", windowDays: 14 });
    expect(Math.round(loadChangeOverWindow(dose({ reps: 144 }), history, ON)!.percent!)).toBe(44);
    // The first step is more than 2 weeks old: only the last week's +20 % counts, a warning.
    const older: DoseInForce[] = [
      { from: "2026-11-01", dose: dose({ reps: 100 }) },
      { from: daysBefore(15), dose: dose({ reps: 120 }) },
    ];
    expect(loadChangeOverWindow(dose({ reps: 144 }), older, ON)).toMatchObject({ level: "warn", percent: 20 });
  });

  it("never flags a dose kept or lowered after an earlier rise, or a new exercise", () => {
    const history: DoseInForce[] = [
      { from: daysBefore(10), dose: dose({ reps: 100 }) },
      { from: daysBefore(3), dose: dose({ reps: 140 }) },
    ];
    expect(loadChangeOverWindow(dose({ reps: 140 }), history, ON)).toMatchObject({ level: "ok", percent: 0 });
    expect(loadChangeOverWindow(dose({ reps: 120 }), history, ON)?.level).toBe("ok");
    expect(loadChangeOverWindow(dose({}), [], ON)).toBeNull();
  });
});

describe("the library's own progression: EX30 Nordic (domain.md §2.2 [S14])", () => {
  const nordic = exerciseByCode("EX30")!;
  const step = (sets: number, reps: number, perWeek: number) => dose({ sets, reps, perWeek, loadKg: null });
  const afterAWeekOf = (current: Dose) => [{ from: daysBefore(7), dose: current }];

  it("takes each week's step as planned: no reason even at +140 % (week 1 → 2)", () => {
    expect(loadChangeOverWindow(step(2, 6, 2), afterAWeekOf(step(2, 5, 1)), ON, nordic.progression)).toEqual({ level: "ok", percent: null, windowDays: 7, planned: true });
    expect(loadChangeOverWindow(step(3, 6, 3), afterAWeekOf(step(2, 6, 2)), ON, nordic.progression)?.planned).toBe(true);
    // Week 3 (3 × 6) then week 4 (3 × 8), a week each: week 5's 3 × 12 is the next step.
    const weeks3and4 = [{ from: daysBefore(14), dose: step(3, 6, 3) }, { from: daysBefore(7), dose: step(3, 8, 3) }];
    expect(loadChangeOverWindow(step(3, 12, 3), weeks3and4, ON, nordic.progression)?.planned).toBe(true);
  });

  it("does not let overlapping ranges skip weeks: 3 × 6 → 3 × 8 → 3 × 12 on one day needs a reason", () => {
    const sameDay = [{ from: daysBefore(7), dose: step(2, 6, 2) }, { from: ON, dose: step(3, 6, 3) }, { from: ON, dose: step(3, 8, 3) }];
    expect(loadChangeOverWindow(step(3, 12, 3), sameDay, ON, nordic.progression)).toMatchObject({ level: "reason-required", planned: false });
    // 3 × 8 for one week may be week 3 (3 × 6–8): week 5's dose is two steps on.
    expect(loadChangeOverWindow(step(3, 12, 3), afterAWeekOf(step(3, 8, 3)), ON, nordic.progression)).toMatchObject({ planned: false });
  });

  it("still guards a step taken before the week is out, a skipped step, or a dose off the schedule", () => {
    expect(loadChangeOverWindow(step(2, 6, 2), [{ from: daysBefore(3), dose: step(2, 5, 1) }], ON, nordic.progression)).toMatchObject({ level: "reason-required", planned: false });
    expect(loadChangeOverWindow(step(3, 6, 3), afterAWeekOf(step(2, 5, 1)), ON, nordic.progression)).toMatchObject({ level: "reason-required", planned: false });
    expect(loadChangeOverWindow(dose({ sets: 4, reps: 10, perWeek: 3, loadKg: null }), afterAWeekOf(step(3, 8, 3)), ON, nordic.progression)).toMatchObject({
      level: "reason-required",
      planned: false,
    });
  });
});
