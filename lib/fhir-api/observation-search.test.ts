import type { Observation } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { matchesCode, parseCodeParam, patientParam, searchsetBundle } from "./observation-search";

const observation = (id: string, codings: { system?: string; code: string }[]): Observation => ({
  resourceType: "Observation",
  id,
  status: "final",
  code: { coding: codings },
});
const loinc = "http://loinc.org";
const pain = observation("pain", [{ system: loinc, code: "72514-3" }]);
const local = observation("ake", [{ system: "https://rehabit.example/measures", code: "ake" }, { code: "bare" }]);

describe("patientParam", () => {
  it("takes the id bare or as a Patient reference; nothing is no patient", () => {
    expect(patientParam("abc")).toBe("abc");
    expect(patientParam("Patient/abc")).toBe("abc");
    expect(patientParam(null)).toBeNull();
    expect(patientParam("")).toBeNull();
  });
});

describe("code", () => {
  it("matches system|code exactly, a bare code in any system, |code only without a system, and a comma list as OR", () => {
    expect(matchesCode(pain, parseCodeParam(`${loinc}|72514-3`))).toBe(true);
    expect(matchesCode(pain, parseCodeParam("http://snomed.info/sct|72514-3"))).toBe(false);
    expect(matchesCode(pain, parseCodeParam("72514-3"))).toBe(true);
    expect(matchesCode(pain, parseCodeParam("|72514-3"))).toBe(false);
    expect(matchesCode(local, parseCodeParam("|bare"))).toBe(true);
    expect(matchesCode(local, parseCodeParam("nope,ake"))).toBe(true);
    expect(matchesCode(local, parseCodeParam("nope"))).toBe(false);
  });

  it("without a code parameter matches everything; an empty one matches nothing", () => {
    expect(matchesCode(pain, parseCodeParam(null))).toBe(true);
    expect(matchesCode(pain, parseCodeParam(""))).toBe(false);
  });
});

describe("searchsetBundle", () => {
  it("is a searchset with the total, a self link, and each match under its fullUrl", () => {
    const bundle = searchsetBundle([pain, local], { base: "https://x/fhir/R4", self: "https://x/fhir/R4/Observation?patient=p", timestamp: "2026-12-07T10:00:00.000Z" });
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 2, link: [{ relation: "self", url: "https://x/fhir/R4/Observation?patient=p" }] });
    expect(bundle.entry?.map((entry) => [entry.fullUrl, entry.search?.mode])).toEqual([
      ["https://x/fhir/R4/Observation/pain", "match"],
      ["https://x/fhir/R4/Observation/ake", "match"],
    ]);
  });
});
