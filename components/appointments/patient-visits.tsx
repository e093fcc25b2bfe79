import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { AppointmentDTO, PatientVisitsDTO } from "@/lib/appointments/types";
import { PAST_VISITS_PAGE_SIZE, pastVisitsHref } from "@/lib/appointments/visit-history";
import { visitWhen } from "@/lib/appointments/visit-time";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";
import { noteHref } from "@/lib/visit-notes/note-href";
import { AppointmentStatusBadge } from "./status-badge";

/**
 * A list of a patient's visits as a table (when, type, clinician, status, links). An attended visit
 * links to its note (/patients/…/visits/…/note); every visit to its own page.
 */
function VisitTable({ id, caption, visits, patientId, timeZone }: { id: string; caption: string; visits: AppointmentDTO[]; patientId: string; timeZone: string }) {
  return (
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption id={`${id}-caption`} className="px-3 py-2 text-left text-base font-semibold text-slate-900">
          {caption}
        </caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">When</th>
            <th scope="col" className="px-3 py-2 font-semibold">Type</th>
            <th scope="col" className="px-3 py-2 font-semibold">Clinician</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 font-semibold">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {visits.map((visit) => (
            <tr key={visit.id}>
              <th scope="row" className="px-3 py-2 font-normal whitespace-nowrap">
                <Link href={`/appointments/${visit.id}`} className="text-brand-700 underline underline-offset-2">
                  {visitWhen(visit.startsAt, visit.endsAt, timeZone)}
                </Link>
              </th>
              <td className="px-3 py-2">{VISIT_TYPE_LABELS[visit.type]}</td>
              <td className="px-3 py-2">{visit.clinician.name}</td>
              <td className="px-3 py-2">
                <AppointmentStatusBadge status={visit.status} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap">
                {visit.status === "ATTENDED" && (
                  <Link href={noteHref(patientId, visit.id)} className="text-brand-700 underline underline-offset-2">
                    Visit note
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Where the page of past visits sits in all of them, with links to the newer and older pages. */
function PastVisitsPager({ patientId, page, total }: { patientId: string; page: number; total: number }) {
  const first = (page - 1) * PAST_VISITS_PAGE_SIZE + 1;
  const last = Math.min(page * PAST_VISITS_PAGE_SIZE, total);
  const linkClass = "inline-flex min-h-10 items-center font-medium text-brand-700 underline underline-offset-2";
  return (
    <nav aria-label="Past visits pages" className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700">
      <p>
        {first === last ? `Past visit ${first}` : `Past visits ${first}–${last}`} of {total.toLocaleString("en")}, latest first
      </p>
      <div className="flex gap-4">
        {page > 1 && (
          <Link href={pastVisitsHref(patientId, page - 1)} className={linkClass}>
            Newer visits
          </Link>
        )}
        {last < total && (
          <Link href={pastVisitsHref(patientId, page + 1)} className={linkClass}>
            Older visits
          </Link>
        )}
      </div>
    </nav>
  );
}

export function PatientVisits({ patientId, upcoming, past, timeZone }: Omit<PatientVisitsDTO, "timeZone"> & { patientId: string; timeZone: string }) {
  return (
    <div className="space-y-6">
      {upcoming.length ? (
        <VisitTable id="upcoming-visits" caption="Upcoming visits" visits={upcoming} patientId={patientId} timeZone={timeZone} />
      ) : (
        <EmptyState title="No upcoming visits" />
      )}
      {past.total ? (
        <div className="space-y-3">
          <VisitTable id="past-visits" caption="Past visits" visits={past.visits} patientId={patientId} timeZone={timeZone} />
          {past.total > PAST_VISITS_PAGE_SIZE && <PastVisitsPager patientId={patientId} page={past.page} total={past.total} />}
        </div>
      ) : (
        <EmptyState title="No past visits" />
      )}
    </div>
  );
}
