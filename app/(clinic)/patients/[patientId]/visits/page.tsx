import type { Metadata } from "next";
import Link from "next/link";
import { PatientVisits } from "@/components/appointments/patient-visits";
import { buttonClasses } from "@/components/ui/button";
import { loadPatientVisits } from "@/lib/appointments/loaders";
import type { RawSearchParams } from "@/lib/core/url-state";
import { loadPatient } from "@/lib/patients/loaders";

export const metadata: Metadata = { title: "Visits" };

/** The patient's upcoming visits and a page of past ones (?past=N), in the clinic's zone, with booking. */
export default async function PatientVisitsPage({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<RawSearchParams> }) {
  const [{ patientId }, raw] = await Promise.all([params, searchParams]);
  const [patient, visits] = await Promise.all([loadPatient(patientId), loadPatientVisits(patientId, raw)]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">Visits</h2>
        {patient.status === "ACTIVE" && (
          <Link href={`/appointments/new?patient=${patient.id}`} className={buttonClasses()}>
            Book a visit
          </Link>
        )}
      </div>
      <p className="text-sm text-slate-700">Times are in the clinic&apos;s zone ({visits.timeZone}).</p>
      <PatientVisits patientId={patient.id} upcoming={visits.upcoming} past={visits.past} timeZone={visits.timeZone} />
    </div>
  );
}
