import { searchObservations } from "@/lib/fhir/api";

export function GET(request: Request): Promise<Response> {
  return searchObservations(request);
}
