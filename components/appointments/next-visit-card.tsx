import { buttonClasses } from "@/components/ui/button";
import type { PortalNextVisitDTO } from "@/lib/appointments/types";
import { visitDay, visitTimes } from "@/lib/appointments/visit-time";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";

/**
 * The portal home's next visit: day and time in the patient's own zone (the portal's cookie), the kind
 * of visit and the clinician, and "Add to calendar" (an .ics file that says only "Visit at <clinic>").
 * Nothing when no visit is booked. Stacks on a 375 px phone.
 */
export function NextVisitCard({ visit, timeZone }: { visit: PortalNextVisitDTO | null; timeZone: string }) {
  if (!visit) return null;
  return (
    <section aria-labelledby="next-visit-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="next-visit-heading" className="text-xl font-semibold">
        Your next visit
      </h2>
      <div className="text-base">
        <p className="font-semibold">{visitDay(visit.startsAt, timeZone)}</p>
        <p className="tabular-nums">{visitTimes(visit.startsAt, visit.endsAt, timeZone)}</p>
        <p className="text-slate-700">
          {VISIT_TYPE_LABELS[visit.type]} with {visit.clinicianName}
        </p>
      </div>
      <a href={`/portal/visits/${visit.id}/ics`} download className={buttonClasses("secondary", "w-full sm:w-auto", "touch")}>
        Add to calendar
      </a>
    </section>
  );
}
