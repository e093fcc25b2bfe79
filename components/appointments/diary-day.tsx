import Link from "next/link";
import type { AppointmentDTO } from "@/lib/appointments/types";
import { visitDay, visitTimes } from "@/lib/appointments/visit-time";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";
import { AppointmentStatusBadge } from "./status-badge";

/**
 * One day of a clinician's diary: its visits in time order as a list (a screen reader hears each visit
 * whole; it reflows at 375 px). Times are in the clinic's zone, which the heading's times name.
 */
export function DiaryDay({ day, appointments, timeZone, isToday }: { day: string; appointments: AppointmentDTO[]; timeZone: string; isToday: boolean }) {
  const headingId = `diary-${day}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={headingId} className="border-b border-slate-200 px-4 py-2 text-base font-semibold">
        {visitDay(`${day}T12:00:00Z`, "UTC")}
        {isToday && <span className="ml-2 text-sm font-normal text-brand-800">(today)</span>}
      </h2>
      {appointments.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">No visits.</p>
      ) : (
        <ul className="divide-y divide-slate-200">
          {appointments.map((visit) => (
            <li key={visit.id} className={`flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 ${visit.status === "CANCELLED" ? "text-slate-500" : ""}`}>
              <span className="w-40 shrink-0 font-medium tabular-nums">{visitTimes(visit.startsAt, visit.endsAt, timeZone)}</span>
              <span className="min-w-0 flex-1">
                <Link href={`/appointments/${visit.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {visit.patient.name}
                </Link>
                <span className="text-slate-700"> · {VISIT_TYPE_LABELS[visit.type]}</span>
              </span>
              <AppointmentStatusBadge status={visit.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
