import { describe, expect, it } from "vitest";
import { sessionsPerWeek } from "./schedule";

describe("sessionsPerWeek", () => {
  it("multiplies days per week by sessions per day", () => {
    expect(sessionsPerWeek({ perWeek: 3, perDay: 2 })).toBe(6);
  });

  it("counts one session a day when only days per week are set", () => {
    expect(sessionsPerWeek({ perWeek: 5, perDay: null })).toBe(5);
  });

  it("reads sessions per day alone as every day", () => {
    expect(sessionsPerWeek({ perWeek: null, perDay: 2 })).toBe(14);
  });

  it("gives no schedule when neither is set", () => {
    expect(sessionsPerWeek({ perWeek: null, perDay: null })).toBeNull();
  });
});
