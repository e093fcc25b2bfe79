import { ownVisitCalendarDownload } from "@/lib/appointments/loaders";

/** "Add to calendar" on the portal home: the patient's own visit as an .ics file (404 for anyone else's). */
export async function GET(request: Request, { params }: { params: Promise<{ appointmentId: string }> }) {
  return ownVisitCalendarDownload(request, (await params).appointmentId);
}
