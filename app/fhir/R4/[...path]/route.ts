import { fhirResponse, operationOutcome } from "@/lib/fhir-api/operation-outcome";

/** Anything else under /fhir/R4 answers as FHIR too, not with the app's HTML 404 page. It reads nothing, so it needs no key. */
export function GET(): Response {
  return fhirResponse(operationOutcome("not-supported", "This server offers Patient read, Patient/$everything and Observation search; see /fhir/R4/metadata."), 404);
}
