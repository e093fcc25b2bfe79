import type { Metadata } from "next";
import Link from "next/link";
import { BookingForm } from "@/components/appointments/booking-form";
import { PatientPicker } from "@/components/appointments/patient-picker";
import { Alert } from "@/components/ui/alert";
import { loadBookingPage } from "@/lib/appointments/loaders";
import { loadPatientRegistry } from "@/lib/patients/loaders";
import { DEFAULT_REGISTRY_PARAMS } from "@/lib/patients/registry-url";

export const metadata: Metadata = { title: "Book a visit" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The most matches offered at once: enough to pick from, few enough to read. */
const MATCHES_SHOWN = 10;

/**
 * Books a visit for the patient the URL names (?patient=<id>); another clinic's patient is a 404.
 * Without one, it finds the patient first (?q=, the registry's own search of active patients).
 */
export default async function BookVisitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const page = await loadBookingPage(first(query.patient), first(query.type));
  if (!page) {
    const search = (first(query.q) ?? "").trim().slice(0, 100);
    const found = search ? await loadPatientRegistry({ ...DEFAULT_REGISTRY_PARAMS, q: search, pageSize: MATCHES_SHOWN }) : null;
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Book a visit</h1>
        <p className="text-slate-700">Find the patient first, then choose them to pick the clinician, type and time.</p>
        <PatientPicker query={search} found={found} />
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/patients/${page.patient.id}/visits`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {page.patient.name}&apos;s visits
        </Link>
        <h1 id="booking-heading" className="mt-1 text-2xl font-semibold">
          Book a visit for {page.patient.name}
        </h1>
      </div>
      {page.archived ? <Alert tone="info">This patient is archived: restore them to book a visit.</Alert> : <BookingForm page={page} />}
    </div>
  );
}
