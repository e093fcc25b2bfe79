import { describe, expect, it } from "vitest";
import { offsetText, timeZoneOptions } from "./time-zone-options";

describe("time zone options", () => {
  it("write offsets as UTC±hh:mm with a real minus sign", () => {
    expect(offsetText(600)).toBe("UTC+10:00");
    expect(offsetText(330)).toBe("UTC+05:30");
    expect(offsetText(-210)).toBe("UTC−03:30");
    expect(offsetText(0)).toBe("UTC+00:00");
  });

  it("list UTC first and every zone with its offset on the day asked, daylight saving included", () => {
    const january = timeZoneOptions(new Date("2026-01-15T12:00:00Z"));
    const july = timeZoneOptions(new Date("2026-07-15T12:00:00Z"));
    expect(january[0]).toEqual({ value: "UTC", label: "UTC" });
    const label = (options: typeof january, zone: string) => options.find((option) => option.value === zone)?.label;
    expect(label(january, "Australia/Brisbane")).toBe("Australia/Brisbane (UTC+10:00)");
    expect(label(january, "America/New_York")).toBe("America/New York (UTC−05:00)");
    expect(label(july, "America/New_York")).toBe("America/New York (UTC−04:00)");
    expect(label(july, "Australia/Brisbane")).toBe("Australia/Brisbane (UTC+10:00)");
  });
});
