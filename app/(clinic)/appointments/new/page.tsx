import type { Metadata } from "next";
import Link from "next/link";
import { BookingForm } from "@/components/appointments/booking-form";
import { Alert } from "@/components/ui/alert";
import { loadBookingPage } from "@/lib/appointments/loaders";

export const metadata: Metadata = { title: "Book a visit" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Books a visit for the patient the URL names (?patient=<id>); another clinic's patient is a 404. */
export default async function BookVisitPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const page = await loadBookingPage(first(query.patient), first(query.type));
  if (!page) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">Book a visit</h1>
        <p className="text-slate-700">
          Choose the patient first: open them from the{" "}
          <Link href="/patients" className="text-brand-700 underline underline-offset-2">
            patient list
          </Link>
          , go to Visits, then choose Book a visit.
        </p>
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
