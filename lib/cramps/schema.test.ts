import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { crampFieldsSchema, logCrampSchema, type CrampFields } from "./schema";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const valid: CrampFields = {
  onsetAt: minutesAgo(30),
  context: "NIGHT_SLEEP",
  muscleSite: "CALF",
  side: "LEFT",
  durationSeconds: 60,
  severity: 6,
  stoppedActivity: true,
  reliefMethods: ["STATIC_STRETCH", "MASSAGE"],
  fluidIntakeMl: 1500,
  systemicSymptoms: false,
  strainSigns: [],
  notes: "",
};

const errorsFor = (input: unknown) => {
  const result = crampFieldsSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("crampFieldsSchema", () => {
  it("accepts a complete cramp and one with only the required answers", () => {
    expect(errorsFor(valid)).toEqual({});
    expect(errorsFor({ ...valid, reliefMethods: [], fluidIntakeMl: null, notes: "" })).toEqual({});
  });

  it("asks for every choice the patient has not made yet, each with its own message", () => {
    const errors = errorsFor({ onsetAt: valid.onsetAt, reliefMethods: [], strainSigns: [], fluidIntakeMl: null, notes: "" });
    expect(errors).toEqual({
      context: ["Choose what you were doing when it started."],
      muscleSite: ["Choose the muscle that cramped."],
      side: ["Choose the side."],
      durationSeconds: ["Enter how long it lasted: from 1 second to 60 minutes."],
      severity: ["Choose how bad it was, from 0 to 10."],
      stoppedActivity: ["Answer yes or no."],
      systemicSymptoms: ["Answer yes or no."],
    });
  });

  it("keeps duration within 1–3600 s and severity within 0–10", () => {
    expect(errorsFor({ ...valid, durationSeconds: 1 })).toEqual({});
    expect(errorsFor({ ...valid, durationSeconds: 3600 })).toEqual({});
    expect(errorsFor({ ...valid, durationSeconds: 0 }).durationSeconds).toBeDefined();
    expect(errorsFor({ ...valid, durationSeconds: 3601 }).durationSeconds).toBeDefined();
    expect(errorsFor({ ...valid, durationSeconds: 12.5 }).durationSeconds).toBeDefined();
    expect(errorsFor({ ...valid, severity: 0 })).toEqual({});
    expect(errorsFor({ ...valid, severity: 10 })).toEqual({});
    expect(errorsFor({ ...valid, severity: 11 }).severity).toEqual(["Choose how bad it was, from 0 to 10."]);
  });

  it("keeps fluid intake within 0–10,000 ml", () => {
    expect(errorsFor({ ...valid, fluidIntakeMl: 0 })).toEqual({});
    expect(errorsFor({ ...valid, fluidIntakeMl: 10_000 })).toEqual({});
    expect(errorsFor({ ...valid, fluidIntakeMl: 10_001 }).fluidIntakeMl).toEqual(["Enter the fluid you drank in millilitres, from 0 to 10,000."]);
  });

  it("refuses an onset in the future or more than 12 months ago, and one that is not a time", () => {
    expect(errorsFor({ ...valid, onsetAt: minutesAgo(-60) }).onsetAt).toEqual(["The time cannot be in the future."]);
    expect(errorsFor({ ...valid, onsetAt: minutesAgo(366 * 24 * 60) }).onsetAt).toEqual(["Only cramps from the last 12 months can be logged."]);
    expect(errorsFor({ ...valid, onsetAt: "" }).onsetAt).toContain("Enter when the cramp started.");
    // Today's UTC wall-clock time read as +01:00 is an hour ago: a time with an offset is accepted.
    const withOffset = new Date().toISOString().replace(/\.\d+Z$/, "+01:00");
    expect(errorsFor({ ...valid, onsetAt: withOffset })).toEqual({});
  });

  it("does not combine 'nothing' with another relief method, or repeat a method", () => {
    expect(errorsFor({ ...valid, reliefMethods: ["NONE"] })).toEqual({});
    expect(errorsFor({ ...valid, reliefMethods: ["NONE", "WALKING"] }).reliefMethods).toEqual(["“Nothing” cannot be combined with other methods."]);
    expect(errorsFor({ ...valid, reliefMethods: ["WALKING", "WALKING"] }).reliefMethods).toEqual(["Choose each method once."]);
    expect(errorsFor({ ...valid, reliefMethods: ["ICE"] }).reliefMethods).toBeDefined();
  });

  it("limits notes to 1,000 characters after trimming", () => {
    expect(crampFieldsSchema.parse({ ...valid, notes: "  woke me up  " }).notes).toBe("woke me up");
    expect(errorsFor({ ...valid, notes: "x".repeat(1001) }).notes).toEqual(["Notes must be at most 1,000 characters."]);
  });
});

describe("logCrampSchema", () => {
  it("needs the form's idempotency key and refuses a patient id from the client", () => {
    expect(logCrampSchema.safeParse({ ...valid, idempotencyKey: randomUUID() }).success).toBe(true);
    expect(logCrampSchema.safeParse(valid).success).toBe(false);
    expect(logCrampSchema.safeParse({ ...valid, idempotencyKey: randomUUID(), patientId: randomUUID() }).success).toBe(false);
  });
});
