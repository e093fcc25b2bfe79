import { describe, expect, it } from "vitest";
import { REASON_MAX } from "./labels";
import { bookAppointmentFieldsSchema, cancelAppointmentFieldsSchema, moveAppointmentFieldsSchema } from "./schema";

const CLINICIAN = "0193a6d2-7c4e-7000-8000-000000000001";
const valid = { clinicianId: CLINICIAN, type: "TREATMENT", start: "2026-12-08T09:30", minutes: "45", episodeId: "" };

describe("bookAppointmentFieldsSchema", () => {
  it("turns the typed length into minutes and keeps the wall clock as typed", () => {
    expect(bookAppointmentFieldsSchema.parse(valid)).toEqual({ ...valid, minutes: 45 });
  });

  it("takes lengths from 5 to 240 minutes in steps of 5, and nothing else", () => {
    for (const minutes of ["5", "240", " 30 "]) expect(bookAppointmentFieldsSchema.safeParse({ ...valid, minutes }).success, minutes).toBe(true);
    for (const minutes of ["0", "4", "7", "245", "", "45.0", "-5", "1e2"]) expect(bookAppointmentFieldsSchema.safeParse({ ...valid, minutes }).success, minutes).toBe(false);
  });

  it("refuses a start that is not a real minute, an unknown type and a bad episode, each on its own field", () => {
    const result = bookAppointmentFieldsSchema.safeParse({ ...valid, start: "2026-02-30T09:00", type: "SURGERY", episodeId: "episode-1" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["episodeId", "start", "type"]);
  });
});

describe("moveAppointmentFieldsSchema", () => {
  it("needs the clinician and the type as well as the time, each refused on its own field", () => {
    const result = moveAppointmentFieldsSchema.safeParse({ start: "2026-12-08T10:00", minutes: "30", clinicianId: "someone", type: "SURGERY", reason: "Patient asked" });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message]).sort()).toEqual([
      ["clinicianId", "Choose the clinician."],
      ["type", "Choose the kind of visit."],
    ]);
  });
});

describe("move and cancel reasons", () => {
  it("are required and at most REASON_MAX characters", () => {
    expect(cancelAppointmentFieldsSchema.safeParse({ reason: "  " }).success).toBe(false);
    expect(cancelAppointmentFieldsSchema.safeParse({ reason: "x".repeat(REASON_MAX) }).success).toBe(true);
    expect(cancelAppointmentFieldsSchema.safeParse({ reason: "x".repeat(REASON_MAX + 1) }).success).toBe(false);
    const change = { start: "2026-12-08T10:00", minutes: "30", clinicianId: CLINICIAN, type: "REVIEW" };
    expect(moveAppointmentFieldsSchema.safeParse({ ...change, reason: "" }).success).toBe(false);
    expect(moveAppointmentFieldsSchema.safeParse({ ...change, reason: "Patient asked" }).success).toBe(true);
  });
});
