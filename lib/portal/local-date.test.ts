import { describe, expect, it } from "vitest";
import { localDate, timeZoneOrFallback } from "./local-date";

describe("localDate", () => {
  const instant = new Date("2026-11-26T23:30:00Z");

  it("gives the patient's own calendar day, not the server's", () => {
    expect(localDate("UTC", instant)).toBe("2026-11-26");
    expect(localDate("Pacific/Auckland", instant)).toBe("2026-11-27");
    expect(localDate("America/Los_Angeles", instant)).toBe("2026-11-26");
    expect(localDate("America/Los_Angeles", new Date("2026-11-27T07:59:00Z"))).toBe("2026-11-26");
  });
});

describe("timeZoneOrFallback", () => {
  it("keeps a zone the runtime knows", () => {
    expect(timeZoneOrFallback("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("falls back to UTC for a missing, unknown or malformed cookie", () => {
    expect(timeZoneOrFallback(undefined)).toBe("UTC");
    expect(timeZoneOrFallback("Mars/Olympus_Mons")).toBe("UTC");
    expect(timeZoneOrFallback("Europe/Berlin; path=/")).toBe("UTC");
  });
});
