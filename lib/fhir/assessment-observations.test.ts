import type { Observation } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { mapAssessment } from "./assessment-observations";
import { fixtureRecord, IDS } from "@/scripts/testing/fhir-fixture-record";
import { EXTENSIONS, LOCAL_MEASURES_SYSTEM, SYSTEMS } from "./systems";

const record = fixtureRecord();
const mapped = mapAssessment(record, record.assessments[0]!);
const byCode = (code: string) => mapped.observations.filter((observation) => observation.code.coding?.[0]?.code === code);
const laterality = (observation: Observation) => observation.bodySite?.extension?.find((extension) => extension.url === EXTENSIONS.observationLaterality)?.valueCodeableConcept?.coding?.[0]?.code;

describe("mapAssessment", () => {
  it("maps a bilateral measure to one Observation per side with UCUM quantity, laterality, method and date", () => {
    const [left, right] = byCode("ake-knee-flex-angle");
    expect(left).toMatchObject({
      status: "final",
      category: [{ coding: [{ system: SYSTEMS.observationCategory, code: "exam" }] }],
      code: { coding: [{ system: LOCAL_MEASURES_SYSTEM, code: "ake-knee-flex-angle" }] },
      valueQuantity: { value: 34, system: SYSTEMS.ucum, code: "deg" },
      method: { coding: [{ code: "goniometer", display: "Goniometer" }] },
      effectiveDateTime: "2024-01-12",
      performer: [{ reference: `Practitioner/${IDS.alice}` }],
      referenceRange: [{ high: { value: 20, code: "deg" }, text: expect.stringContaining("[S56]") }],
    });
    expect([laterality(left!), laterality(right!)]).toEqual(["7771000", "24028007"]);
  });

  it("flags an impaired value by the threshold's direction and leaves a normal one alone", () => {
    const [left, right] = byCode("ake-knee-flex-angle");
    expect(left!.interpretation?.[0]?.coding?.[0]).toMatchObject({ system: SYSTEMS.interpretation, code: "H" });
    expect(right!.interpretation).toBeUndefined();
    const [weak] = byCode("mmt-hip-abd");
    expect(weak!.interpretation?.[0]?.coding?.[0]?.code).toBe("L");
    // Sit-and-reach at -10 cm is only "monitor" for a woman: no interpretation.
    expect(byCode("sit-reach")[0]!.interpretation).toBeUndefined();
  });

  it("makes one modified Thomas test Observation per side with its three components", () => {
    const mtt = byCode("mtt");
    expect(mtt).toHaveLength(2);
    const left = mtt.find((observation) => laterality(observation) === "7771000")!;
    expect(left.valueQuantity).toBeUndefined();
    expect(left.component?.map((component) => component.code.coding?.[0]?.code)).toEqual(["mtt-hip-angle", "mtt-knee-angle", "mtt-pelvis-controlled"]);
    expect(left.component?.[2]?.valueBoolean).toBe(true);
    expect(left.component?.[0]?.interpretation?.[0]?.coding?.[0]?.code).toBe("H");
    expect(left.component?.[1]?.interpretation?.[0]?.coding?.[0]?.code).toBe("L");
  });

  it("gives MMT grades as coded values with pain on testing, NPRS with its LOINC code and context", () => {
    const [left] = byCode("mmt-hip-abd");
    expect(left!.valueCodeableConcept?.coding?.[0]).toMatchObject({ system: SYSTEMS.mmtGrades, code: "3+", display: "3+/5" });
    expect(left!.component?.[0]).toMatchObject({ code: { coding: [{ code: "pain-on-testing" }] }, valueBoolean: true });
    const pain = byCode("72514-3");
    expect(pain.map((observation) => observation.component?.[0]?.valueCodeableConcept?.coding?.[0]?.code)).toEqual(["rest", "activity"]);
    expect(pain.map((observation) => observation.interpretation?.[0]?.coding?.[0]?.code)).toEqual([undefined, "H"]);
    expect(pain[0]!.code.coding?.[0]?.system).toBe("http://loinc.org");
  });

  it("derives LLD in mm and LSI in % from both limbs", () => {
    const ids = (code: string) => byCode(code).map((observation) => `Observation/${observation.id}`);
    const [trueLld, apparentLld] = byCode("lld");
    expect(trueLld).toMatchObject({ valueQuantity: { value: 25, code: "mm" }, interpretation: [{ coding: [{ code: "H" }] }] });
    expect(trueLld!.derivedFrom?.map((reference) => reference.reference)).toEqual(ids("leg-length-true"));
    expect(apparentLld!.valueQuantity?.value).toBe(5);
    const [lsi] = byCode("lsi-hhd-hip-ext");
    expect(lsi).toMatchObject({ valueQuantity: { value: 66.7, code: "%" }, interpretation: [{ coding: [{ code: "L" }] }] });
    expect(lsi!.derivedFrom?.map((reference) => reference.reference)).toEqual(ids("hhd-hip-ext"));
  });

  it("ties each finding to the Observation(s) it was read from", () => {
    const of = (code: string, side: string) => mapped.findings.find(({ finding }) => finding.code === code && finding.side === side)?.observationIds;
    expect(of("ake-knee-flex-angle", "LEFT")).toEqual([byCode("ake-knee-flex-angle")[0]!.id]);
    expect(of("lsi-hhd-hip-ext", "LEFT")).toEqual([byCode("lsi-hhd-hip-ext")[0]!.id]);
    expect(of("nprs", "NONE")).toEqual([byCode("72514-3")[1]!.id]);
    expect(of("mtt-hip-angle", "LEFT")).toEqual([byCode("mtt").find((observation) => laterality(observation) === "7771000")!.id]);
  });

  it("gives every Observation a distinct valid id", () => {
    const ids = mapped.observations.map((observation) => observation.id!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
  });
});
