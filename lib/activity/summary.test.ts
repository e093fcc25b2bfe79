import { describe, expect, it } from "vitest";
import { changeLines, entityHref, valueText } from "./summary";

describe("changeLines", () => {
  it("reads a patient edit as labelled before → after lines", () => {
    expect(changeLines({ lastName: "Oldname", sport: "Rugby" }, { lastName: "Newname", sport: null })).toEqual([
      { field: "Last name", before: "Oldname", after: "Newname" },
      { field: "Sport", before: "Rugby", after: "—" },
    ]);
  });

  it("reads codes as words and keeps exercise codes", () => {
    expect(changeLines({ phase: "ACUTE" }, { phase: "SUBACUTE" })).toEqual([{ field: "Phase", before: "Acute", after: "Subacute" }]);
    expect(valueText("ON_HOLD")).toBe("On hold");
    expect(valueText("EX25")).toBe("EX25");
  });

  it("reads a program version's items as codes with their doses", () => {
    const lines = changeLines(
      { version: 1, items: [{ code: "EX25", sets: 1, reps: 10, perWeek: 3 }] },
      { version: 2, items: [{ code: "EX25", sets: 1, reps: 11, perWeek: 3 }, { code: "EX13", durationSeconds: 600 }] },
    );
    expect(lines).toEqual([
      { field: "Version", before: "1", after: "2" },
      { field: "Exercises", before: "EX25 1 × 10, 3× a week", after: "EX25 1 × 11, 3× a week; EX13 10 min" },
    ]);
  });

  it("shows a first version with nothing before it, and no lines without values", () => {
    expect(changeLines(null, { items: [] })).toEqual([{ field: "Exercises", before: "—", after: "none" }]);
    expect(changeLines(null, null)).toEqual([]);
  });

  it("reads a clinic settings change: the zone as its IANA name, visit lengths in minutes", () => {
    expect(changeLines({ timeZone: "UTC", reviewMinutes: 30 }, { timeZone: "Australia/Brisbane", reviewMinutes: 20 })).toEqual([
      { field: "Time zone", before: "UTC", after: "Australia/Brisbane" },
      { field: "Review length (min)", before: "30", after: "20" },
    ]);
  });

  it("reads booleans and numbers", () => {
    expect(changeLines({ asPrescribed: true, painDuring: null }, { asPrescribed: false, painDuring: 0 })).toEqual([
      { field: "Done as prescribed", before: "Yes", after: "No" },
      { field: "Pain during", before: "—", after: "0" },
    ]);
  });
});

describe("entityHref", () => {
  const P = "p-1";
  it("links clinical records to where they are shown", () => {
    expect(entityHref({ entityType: "Patient", entityId: P, patientId: P })).toBe("/patients/p-1");
    expect(entityHref({ entityType: "Episode", entityId: "e-1", patientId: P })).toBe("/patients/p-1/episodes/e-1");
    expect(entityHref({ entityType: "Program", entityId: "9", patientId: P }, { episodeId: "e-1", version: 2 })).toBe(
      "/patients/p-1/episodes/e-1/program/versions/2",
    );
    expect(entityHref({ entityType: "ExerciseLog", entityId: "5", patientId: P })).toBe("/patients/p-1/diary");
    expect(entityHref({ entityType: "ClinicExercise", entityId: "x", patientId: null })).toBe("/exercises/x/edit");
    expect(entityHref({ entityType: "Clinic", entityId: "c", patientId: null })).toBe("/settings");
    expect(entityHref({ entityType: "Appointment", entityId: "a-1", patientId: P })).toBe("/appointments/a-1");
  });

  it("gives no link where there is no page", () => {
    expect(entityHref({ entityType: "Program", entityId: "9", patientId: P })).toBeNull();
  });
});
