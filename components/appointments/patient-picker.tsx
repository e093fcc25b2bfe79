import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { formatDate } from "@/lib/core/dates";
import type { PatientPageDTO } from "@/lib/patients/types";

/**
 * Booking from the diary: find the patient by name or record number (a plain GET form, no client code),
 * then choose them to open the booking form. Only active patients are offered: an archived patient
 * has to be restored before a visit is booked.
 */
export function PatientPicker({ query, found }: { query: string; found: PatientPageDTO | null }) {
  return (
    <div className="space-y-4">
      <form action="/appointments/new" method="get" role="search" aria-label="Find the patient" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <label htmlFor="booking-patient-search" className="mb-1 block text-sm font-medium text-slate-800">
            Patient&apos;s name or record number
          </label>
          <input id="booking-patient-search" name="q" type="search" defaultValue={query} maxLength={100} autoComplete="off" className={inputClasses} />
        </div>
        <button type="submit" className={buttonClasses("primary")}>
          Find
        </button>
      </form>
      {found && <Results query={query} found={found} />}
    </div>
  );
}

function Results({ query, found }: { query: string; found: PatientPageDTO }) {
  if (!found.rows.length) {
    return (
      <p role="status" className="text-slate-700">
        No active patient matches &ldquo;{query}&rdquo;. Check the spelling, or{" "}
        <Link href="/patients/new" className="text-brand-700 underline underline-offset-2">
          register a new patient
        </Link>
        .
      </p>
    );
  }
  return (
    <section aria-labelledby="booking-patient-results" className="space-y-2">
      <h2 id="booking-patient-results" className="text-lg font-semibold">
        {found.total > found.rows.length ? `First ${found.rows.length} of ${found.total} matches: add more of the name to narrow them` : `${found.total} ${found.total === 1 ? "match" : "matches"}`}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {found.rows.map((patient) => (
          <li key={patient.id}>
            <Link href={`/appointments/new?patient=${patient.id}`} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50">
              <span className="font-medium text-brand-700 underline-offset-2 hover:underline">
                Book for {patient.lastName}, {patient.firstName}
              </span>
              <span className="text-sm text-slate-700">
                {patient.recordNumber} · born {formatDate(patient.dateOfBirth)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
