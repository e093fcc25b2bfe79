import { describe, expect, it } from "vitest";
import { clinicSettingsFieldsSchema, updateClinicSettingsSchema } from "./schema";

const valid = { name: "Northside Physio", timeZone: "Australia/Brisbane", assessmentMinutes: "60", treatmentMinutes: "45", reviewMinutes: "30", telehealthMinutes: "30" };
const errorsFor = (input: unknown) => {
  const result = clinicSettingsFieldsSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("clinic settings schema", () => {
  it("turns typed minutes into numbers and trims the name", () => {
    expect(clinicSettingsFieldsSchema.parse({ ...valid, name: "  Northside  ", reviewMinutes: " 20 " })).toEqual({
      ...valid,
      name: "Northside",
      assessmentMinutes: 60,
      treatmentMinutes: 45,
      reviewMinutes: 20,
      telehealthMinutes: 30,
    });
  });

  it("takes visit lengths from 5 to 240 minutes in steps of 5, at and beyond both limits", () => {
    for (const ok of ["5", "240", "95"]) expect(errorsFor({ ...valid, treatmentMinutes: ok }), ok).toEqual({});
    for (const bad of ["0", "4", "7", "245", "1e2", "-5", "30.0", "thirty"]) {
      expect(errorsFor({ ...valid, treatmentMinutes: bad }).treatmentMinutes, bad).toEqual(["Enter a treatment visit's length in whole minutes from 5 to 240, in steps of 5."]);
    }
    expect(errorsFor({ ...valid, treatmentMinutes: " " }).treatmentMinutes).toEqual(["Enter how long a treatment visit lasts, in minutes."]);
  });

  it("needs a name of at most 120 characters and a zone the runtime knows", () => {
    expect(errorsFor({ ...valid, name: "x".repeat(120) })).toEqual({});
    expect(errorsFor({ ...valid, name: "x".repeat(121) }).name).toEqual(["The clinic's name must be at most 120 characters."]);
    expect(errorsFor({ ...valid, name: " " }).name).toEqual(["Enter the clinic's name."]);
    expect(errorsFor({ ...valid, timeZone: "UTC" })).toEqual({});
    expect(errorsFor({ ...valid, timeZone: "Atlantis/Capital" }).timeZone).toEqual(["Choose the clinic's time zone from the list."]);
  });

  it("carries the version the form was loaded at and refuses any other field (a clinic id among them)", () => {
    expect(updateClinicSettingsSchema.safeParse({ ...valid, version: 3 }).success).toBe(true);
    expect(updateClinicSettingsSchema.safeParse({ ...valid }).success).toBe(false);
    expect(updateClinicSettingsSchema.safeParse({ ...valid, version: 3, clinicId: "0196d2f4-5a8e-7b3c-9d1e-2f3a4b5c6d7e" }).success).toBe(false);
  });
});
