import { describe, expect, it } from "vitest";
import { fromLocalInputValue, toLocalInputValue } from "./local-datetime";

describe("datetime-local conversion", () => {
  it("round-trips a minute-precise instant through the input's local value", () => {
    const iso = new Date(2026, 10, 26, 7, 5).toISOString();
    expect(toLocalInputValue(iso)).toBe("2026-11-26T07:05");
    expect(fromLocalInputValue("2026-11-26T07:05")).toBe(iso);
  });

  it("gives empty values for missing or half-typed input instead of a wrong time", () => {
    expect(toLocalInputValue(undefined)).toBe("");
    expect(toLocalInputValue("not a date")).toBe("");
    expect(fromLocalInputValue("")).toBe("");
    expect(fromLocalInputValue("2026-11-26")).toBe("");
  });
});
