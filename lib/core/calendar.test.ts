import { describe, expect, it } from "vitest";
import { addDays, daysBetween, eachDay, weekStart, weekdayIndex } from "./calendar";

describe("calendar days", () => {
  it("adds days across a month end and a leap day", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("counts days between two dates", () => {
    expect(daysBetween("2026-11-01", "2026-11-25")).toBe(24);
    expect(daysBetween("2026-11-25", "2026-11-01")).toBe(-24);
  });

  it("starts weeks on Monday", () => {
    expect(weekdayIndex("2026-11-23")).toBe(0); // Monday
    expect(weekdayIndex("2026-11-29")).toBe(6); // Sunday
    expect(weekStart("2026-11-29")).toBe("2026-11-23");
    expect(weekStart("2026-11-23")).toBe("2026-11-23");
  });

  it("lists every day of a span, both ends included", () => {
    expect(eachDay("2026-11-29", "2026-12-01")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01"]);
    expect(eachDay("2026-12-01", "2026-11-29")).toEqual([]);
  });
});
