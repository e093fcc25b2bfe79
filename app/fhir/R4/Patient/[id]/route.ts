import { readPatient } from "@/lib/fhir/api";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return readPatient(request, (await params).id);
}
