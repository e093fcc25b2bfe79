import { capabilityStatement } from "@/lib/fhir-api/capability-statement";
import { fhirBase } from "@/lib/fhir/download";
import { fhirResponse } from "@/lib/fhir-api/operation-outcome";

/** The CapabilityStatement: public, as FHIR expects, and names no clinic or record. */
export function GET(request: Request): Response {
  return fhirResponse(capabilityStatement(fhirBase(request)));
}
