import { patientRecordDownload } from "@/lib/fhir/loaders";

/** "Export FHIR" on the patient page (lib/fhir/loaders.ts checks the caller first). */
export async function GET(request: Request, { params }: { params: Promise<{ patientId: string }> }) {
  return patientRecordDownload(request, (await params).patientId);
}
