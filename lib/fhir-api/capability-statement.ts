import type { CapabilityStatement } from "@medplum/fhirtypes";

/** When this statement last changed; a constant, so the statement is the same on every instance. */
export const CAPABILITY_STATEMENT_DATE = "2026-12-07";

/**
 * What /fhir/R4/metadata answers (public, no key): a read-only R4 server for one clinic's records,
 * reached with a bearer API key. Lists exactly what the route handlers under app/fhir/R4 serve.
 */
export function capabilityStatement(base: string): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: CAPABILITY_STATEMENT_DATE,
    publisher: "Rehabit",
    kind: "instance",
    software: { name: "Rehabit" },
    implementation: { description: "Rehabit FHIR R4 API: one clinic's patient records, read-only", url: base },
    fhirVersion: "4.0.1",
    format: ["application/fhir+json", "json"],
    rest: [
      {
        mode: "server",
        security: {
          cors: false,
          service: [{ text: "Bearer API key" }],
          description:
            "Every request except this statement needs a clinic's API key, created by the clinic's admin on the API keys page and sent as " +
            "'Authorization: Bearer rhb_<prefix>_<secret>'. A key reads only its own clinic's records; every read is audited; each key " +
            "may make a limited number of requests a minute (429 with Retry-After beyond it).",
        },
        resource: [
          {
            type: "Patient",
            interaction: [{ code: "read" }],
            operation: [{ name: "everything", definition: "http://hl7.org/fhir/OperationDefinition/Patient-everything" }],
          },
          {
            type: "Observation",
            interaction: [{ code: "search-type" }],
            searchParam: [
              { name: "patient", type: "reference", documentation: "Required: the patient's id (Patient/<id> or <id>)." },
              { name: "code", type: "token", documentation: "system|code or code; several separated by commas." },
            ],
          },
        ],
      },
    ],
  };
}
