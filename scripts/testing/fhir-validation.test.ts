import type { Bundle, CarePlan, Condition } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { validateFhir } from "./fhir-validation";

const condition: Condition = {
  resourceType: "Condition",
  id: "c",
  subject: { reference: "Patient/p" },
  clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "resolved" }] },
  abatementDateTime: "2024-03-01",
};

const plan: CarePlan = {
  resourceType: "CarePlan",
  id: "cp",
  status: "active",
  intent: "plan",
  subject: { reference: "Patient/p" },
  period: { start: "2024-01-01" },
  activity: [{ detail: { status: "scheduled", extension: [{ url: "https://x.example/e", extension: [{ url: "sets", valueInteger: 3 }] }] } }],
};

describe("validateFhir", () => {
  it("accepts valid resources", () => {
    expect(validateFhir(condition).errors).toEqual([]);
    expect(validateFhir(plan).errors).toEqual([]);
  });

  it("reports resource invariants (con-4)", () => {
    const active = { ...condition, clinicalStatus: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }] } };
    expect(validateFhir(active).errors.join("\n")).toContain("con-4");
  });

  it("reports datatype invariants medplum's own pass misses (per-1, qty-3) and extension rules (ext-1) inside backbone elements", () => {
    const broken: CarePlan = {
      ...plan,
      period: { start: "2024-02-01", end: "2024-01-01" },
      activity: [{ detail: { status: "scheduled", extension: [{ url: "https://x.example/e", valueString: "a", extension: [{ url: "sets", valueInteger: 3 }] }], quantity: { value: 1, code: "mm" } } }],
    };
    const errors = validateFhir(broken).errors.join("\n");
    expect(errors).toContain("per-1");
    expect(errors).toContain("qty-3");
    expect(errors).toContain("ext-1");
  });

  it("checks the resources inside a Bundle's entries and empty elements (ele-1)", () => {
    const bundle: Bundle = { resourceType: "Bundle", type: "collection", entry: [{ fullUrl: "https://h/fhir/R4/CarePlan/cp", resource: { ...plan, period: { start: "2024-02-01", end: "2024-01-01" }, note: [] } }] };
    const errors = validateFhir(bundle).errors.join("\n");
    expect(errors).toContain("per-1");
    expect(errors).toContain("ele-1");
  });

  it("reports cardinality and type errors from the structure definitions", () => {
    expect(validateFhir({ resourceType: "Observation", id: "o", status: "final" } as never).errors.join("\n")).toMatch(/code/);
  });
});
