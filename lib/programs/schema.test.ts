import { describe, expect, it } from "vitest";
import { EXERCISES } from "@/lib/exercises/library";
import { clinicExercise } from "@/scripts/testing/exercise-builders";
import { itemFromExercise, itemFromLibrary, programFieldsSchema, programItemSchema, toItemFields } from "./schema";

describe("program items' schedule", () => {
  it("takes the Askling Diver's and Glider's every-other-day and every-3rd-day from the library (domain.md §2.2 [S10])", () => {
    expect(itemFromLibrary("EX15")).toMatchObject({ perWeek: null, everyDays: 2 });
    expect(itemFromLibrary("EX16")).toMatchObject({ perWeek: null, everyDays: 3 });
    expect(itemFromLibrary("EX05")).toMatchObject({ durationSeconds: 600 });
  });

  it("refuses times a week together with every … days: an item has one schedule", () => {
    const parsed = programFieldsSchema.safeParse({ note: "", items: [{ ...toItemFields(itemFromLibrary("EX15")), perWeek: "3" }] });
    expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.0.everyDays", "Give times a week or every … days, not both."]]);
    expect(programFieldsSchema.safeParse({ note: "", items: [toItemFields(itemFromLibrary("EX15"))] }).success).toBe(true);
  });
});

describe("the why on a program item", () => {
  it("every library exercise has a short, second-person purpose", () => {
    for (const exercise of EXERCISES) {
      expect(exercise.purpose, exercise.code).toMatch(/^(to|so) /);
      expect(exercise.purpose.length, exercise.code).toBeLessThanOrEqual(120);
      expect(exercise.purpose, exercise.code).toMatch(/\byour?\b/);
    }
  });

  it("starts as the exercise's purpose when added by hand, or the finding's why from a suggestion", () => {
    expect(itemFromLibrary("EX31").patientReason).toBe("to strengthen the muscles at the side of your hip");
    expect(itemFromLibrary("EX31", "Left hip abduction (MMT) 3+/5", "to strengthen the muscles at the side of your left hip, which tested weak").patientReason).toBe(
      "to strengthen the muscles at the side of your left hip, which tested weak",
    );
  });

  it("starts empty for a clinic exercise, which has no purpose", () => {
    expect(itemFromExercise(clinicExercise({ code: "CX01" })).patientReason).toBe("");
  });

  it("carries the time of time-dosed exercises (foam rolling EX13: 30 s per muscle [S50])", () => {
    expect(itemFromLibrary("EX13")).toMatchObject({ sets: 1, durationSeconds: 30, perWeek: 3 });
    expect(itemFromLibrary("EX05")).toMatchObject({ durationSeconds: 600 });
  });

  it("is edited within 300 characters, with the message at the field", () => {
    const item = toItemFields(itemFromLibrary("EX03"));
    expect(programItemSchema.safeParse({ ...item, patientReason: "x".repeat(300) }).success).toBe(true);
    const tooLong = programItemSchema.safeParse({ ...item, patientReason: "x".repeat(301) });
    expect(tooLong.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["patientReason", "Keep the why for the patient to 300 characters or fewer."]]);
    expect(programItemSchema.safeParse({ ...item, durationSeconds: "7201" }).error?.issues[0]?.message).toBe("Time (s) must be a whole number from 1 to 7200.");
  });
});
