import { describe, expect, it } from "vitest";
import { loadChange, sessionsPerWeek, weeklyLoad, type Dose } from "./load";

const dose = (change: Partial<Dose>): Dose => ({ sets: 3, reps: 10, holdSeconds: null, loadKg: 20, perWeek: 2, perDay: null, ...change });

describe("weeklyLoad", () => {
  it("multiplies sets, reps, load and sessions for strength work", () => {
    expect(weeklyLoad(dose({}), "exercise")).toBe(3 * 10 * 20 * 2);
    expect(weeklyLoad(dose({ loadKg: null }), "exercise")).toBe(3 * 10 * 2);
  });

  it("uses hold time for stretches and holds, and counts per-day doses every day", () => {
    expect(weeklyLoad(dose({ sets: 3, holdSeconds: 30, perDay: 2, perWeek: null }), "stretch")).toBe(3 * 30 * 14);
    expect(sessionsPerWeek(dose({ perWeek: null, perDay: null }))).toBe(1);
  });

  it("has no load without sets", () => {
    expect(weeklyLoad(dose({ sets: null }), "exercise")).toBeNull();
  });
});

describe("loadChange", () => {
  const from = dose({ loadKg: 20 });
  const to = (loadKg: number) => loadChange(from, dose({ loadKg }), "exercise");

  it("accepts a rise of up to 10 % silently", () => {
    expect(loadChange(dose({ reps: 100 }), dose({ reps: 110 }), "exercise")).toEqual({ percent: 10, level: "ok" });
    expect(loadChange(dose({ reps: 10 }), dose({ reps: 11 }), "exercise")?.level).toBe("ok");
  });

  it("warns above 10 % and asks for a reason above 30 %", () => {
    expect(loadChange(dose({ reps: 100 }), dose({ reps: 111 }), "exercise")?.level).toBe("warn");
    expect(to(25)?.level).toBe("warn");
    expect(loadChange(dose({ reps: 100 }), dose({ reps: 130 }), "exercise")?.level).toBe("warn");
    expect(loadChange(dose({ reps: 100 }), dose({ reps: 131 }), "exercise")?.level).toBe("reason-required");
    expect(to(28)).toMatchObject({ percent: 40, level: "reason-required" });
  });

  it("counts a change of frequency or hold time too, and never flags a reduction", () => {
    expect(loadChange(dose({ perWeek: 2 }), dose({ perWeek: 3 }), "exercise")?.level).toBe("reason-required");
    expect(loadChange(dose({ holdSeconds: 30 }), dose({ holdSeconds: 35 }), "stretch")?.level).toBe("warn");
    expect(to(10)?.level).toBe("ok");
  });
});
