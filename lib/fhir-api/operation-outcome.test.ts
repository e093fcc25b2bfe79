import { describe, expect, it } from "vitest";
import { capabilityStatement } from "./capability-statement";
import { notFoundResponse, refusalResponse, serverErrorResponse } from "./operation-outcome";

const body = async (response: Response) => (await response.json()) as { resourceType: string; issue: { severity: string; code: string; diagnostics: string }[] };

describe("refusals", () => {
  it("answer 401 with a Bearer challenge, invalid_token only when a credential was sent", async () => {
    const missing = refusalResponse({ reason: "missing" });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("WWW-Authenticate")).toBe('Bearer realm="rehabit-fhir"');
    expect(missing.headers.get("Content-Type")).toBe("application/fhir+json; charset=utf-8");
    expect((await body(missing)).issue[0]).toMatchObject({ severity: "error", code: "login" });

    const invalid = refusalResponse({ reason: "invalid" });
    expect(invalid.status).toBe(401);
    expect(invalid.headers.get("WWW-Authenticate")).toBe('Bearer realm="rehabit-fhir", error="invalid_token"');
    expect((await body(invalid)).resourceType).toBe("OperationOutcome");
  });

  it("answer 429 with Retry-After when the key's limit is used up", async () => {
    const limited = refusalResponse({ reason: "rate-limited", retryAfterSeconds: 17, limit: 120 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("17");
    expect((await body(limited)).issue[0]).toMatchObject({ code: "throttled" });
  });

  it("answer 404 and 500 as OperationOutcomes that name nothing but what was asked", async () => {
    const missing = notFoundResponse("Patient", "x".repeat(500));
    expect(missing.status).toBe(404);
    expect((await body(missing)).issue[0]!.diagnostics.length).toBeLessThan(100);
    const failed = serverErrorResponse();
    expect(failed.status).toBe(500);
    expect((await body(failed)).issue[0]).toMatchObject({ code: "exception" });
  });
});

describe("capabilityStatement", () => {
  it("describes an active R4 JSON server instance with bearer keys, Patient read and $everything, and Observation search by patient and code", () => {
    const statement = capabilityStatement("https://clinic.example/fhir/R4");
    expect(statement).toMatchObject({ resourceType: "CapabilityStatement", status: "active", kind: "instance", fhirVersion: "4.0.1", implementation: { url: "https://clinic.example/fhir/R4" } });
    expect(statement.format).toContain("json");
    const rest = statement.rest![0]!;
    expect(rest.mode).toBe("server");
    expect(rest.security?.description).toMatch(/Authorization: Bearer/);
    const byType = Object.fromEntries(rest.resource!.map((resource) => [resource.type, resource]));
    expect(Object.keys(byType).toSorted()).toEqual(["Observation", "Patient"]);
    expect(byType.Patient!.interaction).toEqual([{ code: "read" }]);
    expect(byType.Patient!.operation).toEqual([{ name: "everything", definition: "http://hl7.org/fhir/OperationDefinition/Patient-everything" }]);
    expect(byType.Observation!.interaction).toEqual([{ code: "search-type" }]);
    expect(byType.Observation!.searchParam?.map((param) => [param.name, param.type])).toEqual([
      ["patient", "reference"],
      ["code", "token"],
    ]);
  });
});
