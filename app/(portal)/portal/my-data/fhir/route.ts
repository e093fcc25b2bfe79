import { ownRecordDownload } from "@/lib/fhir/loaders";

/** "Download my data" on the portal's My data page (lib/fhir/loaders.ts checks the caller first). */
export function GET(request: Request) {
  return ownRecordDownload(request);
}
