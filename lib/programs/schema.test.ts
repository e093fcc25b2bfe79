import { describe, expect, it } from "vitest";
import { itemFromLibrary, programFieldsSchema } from "./schema";

describe("program items' schedule", () => {
  it("takes the Askling Diver's and Glider's every-other-day and every-3rd-day from the library (domain.md §2.2 [S10])", () => {
    expect(itemFromLibrary("EX15")).toMatchObject({ perWeek: "", everyDays: "2" });
    expect(itemFromLibrary("EX16")).toMatchObject({ perWeek: "", everyDays: "3" });
    expect(itemFromLibrary("EX05")).toMatchObject({ durationSeconds: "600" });
  });

  it("refuses times a week together with every … days: an item has one schedule", () => {
    const parsed = programFieldsSchema.safeParse({ note: "", items: [{ ...itemFromLibrary("EX15"), perWeek: "3" }] });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.0.everyDays", "Give times a week or every … days, not both."]]);
    expect(programFieldsSchema.safeParse({ note: "", items: [itemFromLibrary("EX15")] }).success).toBe(true);
  });
});
