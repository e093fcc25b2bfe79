import { searchObservations } from "@/lib/fhir-api/patient-handlers";

export function GET(request: Request): Promise<Response> {
  return searchObservations(request);
}
