/**
 * "Add to calendar": one visit as an iCalendar (.ics) file. It says only "Visit at <clinic>" and the
 * time, nothing of the patient's health (not the kind of visit, nor the clinician): a calendar is often
 * shared or synced to other services.
 */
import { createEvent } from "ics";

export type CalendarVisit = { id: string; startsAt: string; endsAt: string; clinicName: string };

export function visitCalendarFile(visit: CalendarVisit): string {
  const { error, value } = createEvent({
    uid: `${visit.id}@rehabit`,
    productId: "rehabit/visits",
    title: `Visit at ${visit.clinicName}`,
    start: Date.parse(visit.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: Date.parse(visit.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    status: "CONFIRMED",
    busyStatus: "BUSY",
  });
  if (error || !value) throw error ?? new Error("calendar file not made");
  return value;
}
