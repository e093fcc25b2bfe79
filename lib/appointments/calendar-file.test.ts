import { describe, expect, it } from "vitest";
import { visitCalendarFile } from "./calendar-file";

describe("visitCalendarFile", () => {
  it("holds the visit's UTC times and 'Visit at <clinic>', and nothing about the visit's kind", () => {
    const file = visitCalendarFile({ id: "0193a6d2-7c4e-7000-8000-000000000001", startsAt: "2026-12-08T09:30:00.000Z", endsAt: "2026-12-08T10:15:00.000Z", clinicName: "Northside Physio" });
    expect(file).toContain("BEGIN:VCALENDAR");
    expect(file).toContain("SUMMARY:Visit at Northside Physio");
    expect(file).toContain("DTSTART:20261208T093000Z");
    expect(file).toContain("DTEND:20261208T101500Z");
    expect(file).toContain("UID:0193a6d2-7c4e-7000-8000-000000000001@rehabit");
    expect(file).not.toMatch(/DESCRIPTION|Treatment|Assessment/i);
  });
});
