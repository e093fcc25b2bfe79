import { describe, expect, it } from "vitest";
import { correctLogSchema, morningPainSchema, PAIN_SCORES } from "./schema";

const base = { logId: "0193a1a8-7c1e-7000-8000-000000000001", version: 1 };

describe("portal schemas", () => {
  it("offers pain scores 0 to 10 from the NPRS catalogue", () => {
    expect(PAIN_SCORES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("accepts pain 0–10 and refuses anything else with a message", () => {
    expect(correctLogSchema.safeParse({ ...base, painDuring: 0 }).success).toBe(true);
    expect(correctLogSchema.safeParse({ ...base, painDuring: 10 }).success).toBe(true);
    for (const painDuring of [-1, 11, 2.5]) {
      const result = correctLogSchema.safeParse({ ...base, painDuring });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Choose a number from 0 to 10.");
    }
  });

  it("checks a changed dose with the editor's limits", () => {
    const dose = { sets: "2", reps: "0", holdSeconds: "", loadKg: "" };
    const result = correctLogSchema.safeParse({ ...base, dose });
    expect(result.error?.issues[0]).toMatchObject({ path: ["dose", "reps"], message: "Reps must be a whole number from 1 to 100." });
  });

  it("refuses a correction that changes nothing", () => {
    expect(correctLogSchema.safeParse(base).success).toBe(false);
  });

  it("accepts next-morning pain only for a real date", () => {
    expect(morningPainSchema.safeParse({ sessionDate: "2026-11-25", pain: 3 }).success).toBe(true);
    expect(morningPainSchema.safeParse({ sessionDate: "2026-13-01", pain: 3 }).success).toBe(false);
  });
});
