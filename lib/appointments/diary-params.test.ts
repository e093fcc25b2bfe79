import { describe, expect, it } from "vitest";
import { diaryDays, diaryHref, diaryStep, parseDiaryParams } from "./diary-params";

const CLINICIAN = "0193a6d2-7c4e-7000-8000-000000000001";

describe("diary params", () => {
  it("falls back to today's day view of one's own diary for missing or bad values", () => {
    expect(parseDiaryParams({})).toEqual({ view: "day", date: "", clinician: "" });
    expect(parseDiaryParams({ view: "month", date: "2026-02-30", clinician: "nobody" })).toEqual({ view: "day", date: "", clinician: "" });
    expect(parseDiaryParams({ view: "week", date: "2026-12-09", clinician: CLINICIAN })).toEqual({ view: "week", date: "2026-12-09", clinician: CLINICIAN });
  });

  it("writes only what differs from the defaults", () => {
    expect(diaryHref({ view: "day", date: "", clinician: "" })).toBe("/appointments");
    expect(diaryHref({ view: "week", date: "2026-12-09", clinician: "" })).toBe("/appointments?view=week&date=2026-12-09");
  });

  it("shows Monday to Sunday in the week view and steps a day or a week", () => {
    expect(diaryDays("week", "2026-12-09")).toEqual({ from: "2026-12-07", to: "2026-12-13" });
    expect(diaryDays("day", "2026-12-09")).toEqual({ from: "2026-12-09", to: "2026-12-09" });
    expect(diaryStep("week", "2026-12-09", 1)).toBe("2026-12-16");
    expect(diaryStep("day", "2026-12-01", -1)).toBe("2026-11-30");
  });
});
