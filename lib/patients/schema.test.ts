import { afterEach, describe, expect, it, vi } from "vitest";
import { patientFieldsSchema, updatePatientSchema, type PatientFields } from "./schema";

const valid: PatientFields = {
  firstName: "Jordan",
  lastName: "Lee",
  dateOfBirth: "1990-03-12",
  sex: "FEMALE",
  dominantLeg: "RIGHT",
  sport: "Sprinting",
  email: "jordan@example.com",
  phone: "+44 20 7946 0000",
  recordNumber: "N-1001",
  notes: "",
};

const errorsFor = (input: unknown) => {
  const result = patientFieldsSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("patientFieldsSchema", () => {
  it("accepts a complete patient and one with every optional field empty", () => {
    expect(patientFieldsSchema.safeParse(valid).success).toBe(true);
    const minimal = { ...valid, dominantLeg: "", sport: "", email: "", phone: "", notes: "" };
    expect(patientFieldsSchema.safeParse(minimal).success).toBe(true);
  });

  it("limits names to 100 characters, with a message naming the limit", () => {
    expect(errorsFor({ ...valid, lastName: "x".repeat(100) })).toEqual({});
    expect(errorsFor({ ...valid, lastName: "x".repeat(101) }).lastName).toEqual(["Last name must be at most 100 characters."]);
    expect(errorsFor({ ...valid, firstName: "   " }).firstName).toEqual(["Enter a first name."]);
  });

  afterEach(() => vi.useRealTimers());

  it("accepts today in a clinic east of UTC and refuses a day no clinic has reached (the server checks the clinic's own today)", () => {
    // 22:00 UTC on 1 March is 08:00 on 2 March in Brisbane and noon on 2 March at UTC+14.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-03-01T22:00:00Z") });
    expect(errorsFor({ ...valid, dateOfBirth: "2026-03-02" })).toEqual({});
    expect(errorsFor({ ...valid, dateOfBirth: "2026-03-03" }).dateOfBirth).toContain("Date of birth cannot be in the future.");
  });

  it("refuses impossible and malformed dates, and dates before 1900", () => {
    expect(errorsFor({ ...valid, dateOfBirth: "2023-02-29" }).dateOfBirth).toContain("Enter a real calendar date.");
    expect(errorsFor({ ...valid, dateOfBirth: "12/03/1990" }).dateOfBirth?.[0]).toBe("Enter a date of birth as YYYY-MM-DD.");
    expect(errorsFor({ ...valid, dateOfBirth: "1899-12-31" }).dateOfBirth).toContain("Date of birth must be in 1900 or later.");
    expect(errorsFor({ ...valid, dateOfBirth: "" }).dateOfBirth?.[0]).toBe("Enter a date of birth.");
  });

  it("checks e-mail, phone and record-number formats", () => {
    expect(errorsFor({ ...valid, email: "not-an-email" }).email).toBeDefined();
    expect(errorsFor({ ...valid, phone: "call me" }).phone).toBeDefined();
    expect(errorsFor({ ...valid, recordNumber: "N 1001" }).recordNumber).toBeDefined();
    expect(errorsFor({ ...valid, recordNumber: "x".repeat(31) }).recordNumber).toBeDefined();
  });

  it("refuses values outside the enumerations", () => {
    expect(errorsFor({ ...valid, sex: "X" }).sex).toEqual(["Choose a sex."]);
    expect(errorsFor({ ...valid, dominantLeg: "BOTH" }).dominantLeg).toBeDefined();
  });

  it("refuses a request with extra fields instead of ignoring them", () => {
    const result = patientFieldsSchema.safeParse({ ...valid, clinicId: "someone-elses" });
    expect(result.success).toBe(false);
  });
});

describe("updatePatientSchema", () => {
  it("needs a well-formed patient id and the version the edit was based on", () => {
    const id = "0196d2f4-5a8e-7b3c-9d1e-2f3a4b5c6d7e";
    expect(updatePatientSchema.safeParse({ ...valid, id, version: 3 }).success).toBe(true);
    expect(updatePatientSchema.safeParse({ ...valid, id: "1 OR 1=1", version: 3 }).success).toBe(false);
    expect(updatePatientSchema.safeParse({ ...valid, id }).success).toBe(false);
  });
});
