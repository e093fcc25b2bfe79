import type { Metadata } from "next";
import { ReadableRecordView } from "@/components/my-data/readable-record-view";
import { PrintButton } from "@/components/programs/print-button";
import { buttonClasses } from "@/components/ui/button";
import { loadOwnReadableRecord } from "@/lib/fhir/loaders";

export const metadata: Metadata = { title: "My data" };

/** The patient's right of access: their whole record, to read, print or save as a PDF, or to download as FHIR. */
export default async function MyDataPage() {
  const { patientName, clinicName, sections } = await loadOwnReadableRecord();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">My data</h1>
        <p className="text-slate-700">
          Everything {clinicName} holds about your care, {patientName}. Print it or save it as a PDF, or download it as a FHIR file
          that another clinic or a health app can read.
        </p>
        <div className="flex flex-wrap gap-2 print:hidden">
          {/* A plain link: the browser saves the file the route streams (my-data/fhir/route.ts). */}
          <a href="/portal/my-data/fhir" download className={buttonClasses("primary", "min-h-11")}>
            Download my data (FHIR)
          </a>
          <PrintButton />
        </div>
      </div>
      <ReadableRecordView sections={sections} />
    </div>
  );
}
