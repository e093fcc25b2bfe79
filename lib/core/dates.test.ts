import { describe, expect, it } from "vitest";
import { ageInYears, formatDate } from "./dates";

describe("ageInYears", () => {
  it("counts a birthday on the day itself, not the day before", () => {
    expect(ageInYears("1990-03-12", "2026-03-11")).toBe(35);
    expect(ageInYears("1990-03-12", "2026-03-12")).toBe(36);
  });

  it("handles a 29 February birth date in a non-leap year", () => {
    expect(ageInYears("2004-02-29", "2026-02-28")).toBe(21);
    expect(ageInYears("2004-02-29", "2026-03-01")).toBe(22);
  });
});

describe("formatDate", () => {
  it("shows a calendar date without shifting it by time zone", () => {
    expect(formatDate("1990-01-01")).toBe("1 Jan 1990");
  });
});
