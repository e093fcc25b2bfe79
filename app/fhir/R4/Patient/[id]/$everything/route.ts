import { patientEverything } from "@/lib/fhir/api";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return patientEverything(request, (await params).id);
}
