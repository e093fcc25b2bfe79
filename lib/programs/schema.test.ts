import { describe, expect, it } from "vitest";
import { itemFromLibrary, toItemFields } from "./items";
import { programFieldsSchema, programItemSchema } from "./schema";

describe("program items' schedule", () => {
  it("refuses times a week together with every … days: an item has one schedule", () => {
    const parsed = programFieldsSchema.safeParse({ note: "", items: [{ ...toItemFields(itemFromLibrary("EX15")), perWeek: "3" }] });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.0.everyDays", "Give times a week or every … days, not both."]]);
    expect(programFieldsSchema.safeParse({ note: "", items: [toItemFields(itemFromLibrary("EX15"))] }).success).toBe(true);
  });
});

describe("the why on a program item", () => {
  it("is edited within 300 characters, with the message at the field", () => {
    const item = toItemFields(itemFromLibrary("EX03"));
    expect(programItemSchema.safeParse({ ...item, patientReason: "x".repeat(300) }).success).toBe(true);
    const tooLong = programItemSchema.safeParse({ ...item, patientReason: "x".repeat(301) });
    expect(tooLong.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["patientReason", "Keep the why for the patient to 300 characters or fewer."]]);
    expect(programItemSchema.safeParse({ ...item, durationSeconds: "7201" }).error?.issues[0]?.message).toBe("Time (s) must be a whole number from 1 to 7200.");
  });
});
