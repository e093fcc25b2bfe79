import type { Observation, OperationOutcome } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { validateFhir } from "@/scripts/testing/fhir-validation";
import { capabilityStatement } from "./capability-statement";
import { searchsetBundle } from "./observation-search";
import { notFoundResponse, refusalResponse } from "./operation-outcome";

/** The API's own resources (everything but the mapped record) against the R4 definitions. */
describe("the API's own resources are valid R4", () => {
  it("CapabilityStatement", () => {
    expect(validateFhir(capabilityStatement("https://clinic.example/fhir/R4")).errors).toEqual([]);
  });

  it("OperationOutcomes of every refusal", async () => {
    for (const response of [
      refusalResponse({ reason: "missing" }),
      refusalResponse({ reason: "invalid" }),
      refusalResponse({ reason: "rate-limited", retryAfterSeconds: 3, limit: 120 }),
      notFoundResponse("Patient", "x"),
    ]) {
      expect(validateFhir((await response.json()) as OperationOutcome).errors).toEqual([]);
    }
  });

  it("the searchset Bundle", () => {
    const observation: Observation = { resourceType: "Observation", id: "o1", status: "final", code: { coding: [{ system: "http://loinc.org", code: "72514-3" }] } };
    const bundle = searchsetBundle([observation], { base: "https://x/fhir/R4", self: "https://x/fhir/R4/Observation?patient=p", timestamp: "2026-12-07T10:00:00.000Z" });
    expect(validateFhir(bundle).errors).toEqual([]);
  });
});
