import { describe, expect, it } from "vitest";
import { addDays, daysBetween, eachDay, isCalendarDate, weekStart, weekdayIndex } from "./calendar";

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

describe("isCalendarDate", () => {
  it("accepts days that exist, including 29 February of a leap year", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-12-31")).toBe(true);
  });

  it.each(["2024-02-31", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01", "2024-01-01T00:00", "", "2024-02-30"])(
    "refuses %j",
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});
