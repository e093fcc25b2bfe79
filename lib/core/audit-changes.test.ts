import { describe, expect, it } from "vitest";
import { changedFields } from "./audit-changes";

describe("changedFields", () => {
  it("keeps only the fields that changed, on both sides", () => {
    expect(changedFields({ firstName: "Ada", lastName: "Lovelace", sport: null }, { firstName: "Adah", lastName: "Lovelace", sport: null })).toEqual({
      before: { firstName: "Ada" },
      after: { firstName: "Adah" },
    });
  });

  it("is undefined when nothing changed, so no empty record is stored", () => {
    expect(changedFields({ phase: "ACUTE" }, { phase: "ACUTE" })).toBeUndefined();
    expect(changedFields({}, {})).toBeUndefined();
  });

  it("writes a date column as a calendar date and a timestamp with its time", () => {
    expect(changedFields({ dateOfBirth: new Date("1990-01-02T00:00:00Z") }, { dateOfBirth: new Date("1990-01-03T00:00:00Z") })).toEqual({
      before: { dateOfBirth: "1990-01-02" },
      after: { dateOfBirth: "1990-01-03" },
    });
    expect(changedFields({ at: null }, { at: new Date("2026-12-07T09:15:00.000Z") })?.after).toEqual({ at: "2026-12-07T09:15:00.000Z" });
  });

  it("compares only the fields of a partial patch, and treats a missing value as null", () => {
    expect(changedFields({ painDuring: 3, note: "x" }, { painDuring: 4 })).toEqual({ before: { painDuring: 3 }, after: { painDuring: 4 } });
    expect(changedFields({}, { note: "new" })).toEqual({ before: { note: null }, after: { note: "new" } });
    expect(changedFields({ note: null }, { note: undefined })).toBeUndefined();
  });

  it("compares lists and nested values by content, so a reordered program list counts as a change", () => {
    const a = [{ code: "EX01", sets: 3 }, { code: "EX02", sets: 2 }];
    expect(changedFields({ items: a }, { items: a.map((item) => ({ ...item })) })).toBeUndefined();
    expect(changedFields({ items: a }, { items: [...a].reverse() })).toEqual({ before: { items: a }, after: { items: [a[1], a[0]] } });
  });

  it("tells 0 from null", () => {
    expect(changedFields({ loadKg: null }, { loadKg: 0 })).toEqual({ before: { loadKg: null }, after: { loadKg: 0 } });
  });
});
