import type { Metadata } from "next";
import Link from "next/link";
import { CancelAppointmentForm } from "@/components/appointments/cancel-appointment-form";
import { MarkAttendance } from "@/components/appointments/mark-attendance";
import { MoveAppointmentForm } from "@/components/appointments/move-appointment-form";
import { AppointmentStatusBadge } from "@/components/appointments/status-badge";
import { Alert } from "@/components/ui/alert";
import { diaryHref } from "@/lib/appointments/diary-params";
import { loadAppointmentPage } from "@/lib/appointments/loaders";
import { visitWhen } from "@/lib/appointments/visit-time";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";
import { noteHref } from "@/lib/visit-notes/note-href";

export const metadata: Metadata = { title: "Visit" };

const NOTICES = { booked: "Visit booked.", moved: "Visit changed.", cancelled: "Visit cancelled." } as const;

/**
 * One visit: its details, then change (time, length, clinician, type) and cancel (booked visits) or mark attendance (once it has started);
 * an attended visit leads on to its note.
 */
export default async function AppointmentPage({ params, searchParams }: { params: Promise<{ appointmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ appointmentId }, query] = await Promise.all([params, searchParams]);
  const { appointment, timeZone, startWallClock, minutes, started, clinicians } = await loadAppointmentPage(appointmentId);
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => query[key] === "1");
  const booked = appointment.status === "BOOKED";
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={diaryHref({ view: "day", date: startWallClock.slice(0, 10), clinician: appointment.clinician.id })} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← {appointment.clinician.name}&apos;s diary that day
        </Link>
        <h1 className="mt-1 text-2xl font-semibold">
          {VISIT_TYPE_LABELS[appointment.type]} visit: {appointment.patient.name}
        </h1>
      </div>
      {notice && <Alert tone="info">{NOTICES[notice]}</Alert>}
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium text-slate-700">When</dt>
        <dd>{visitWhen(appointment.startsAt, appointment.endsAt, timeZone)}</dd>
        <dt className="font-medium text-slate-700">Patient</dt>
        <dd>
          <Link href={`/patients/${appointment.patient.id}/visits`} className="text-brand-700 underline underline-offset-2">
            {appointment.patient.name}
          </Link>
        </dd>
        <dt className="font-medium text-slate-700">Clinician</dt>
        <dd>{appointment.clinician.name}</dd>
        <dt className="font-medium text-slate-700">Status</dt>
        <dd>
          <AppointmentStatusBadge status={appointment.status} />
        </dd>
        {appointment.moveReason && (
          <>
            <dt className="font-medium text-slate-700">Last changed because</dt>
            <dd>{appointment.moveReason}</dd>
          </>
        )}
        {appointment.cancelReason && (
          <>
            <dt className="font-medium text-slate-700">Cancelled because</dt>
            <dd>{appointment.cancelReason}</dd>
          </>
        )}
      </dl>
      {booked && (
        <section aria-labelledby="attendance-heading" className="space-y-3">
          <h2 id="attendance-heading" className="text-lg font-semibold">
            Attendance
          </h2>
          {started ? (
            <MarkAttendance key={appointment.version} appointmentId={appointment.id} version={appointment.version} />
          ) : (
            <p className="text-sm text-slate-700">Attendance can be marked once the visit has started: until then it can still be moved or cancelled.</p>
          )}
        </section>
      )}
      {appointment.status === "ATTENDED" && (
        <section aria-labelledby="note-heading" className="space-y-2">
          <h2 id="note-heading" className="text-lg font-semibold">
            Visit note
          </h2>
          <p className="text-sm text-slate-700">Subjective, objective, assessment and plan of this visit, signed when complete.</p>
          <Link href={noteHref(appointment.patient.id, appointment.id)} className="inline-block py-2 font-medium text-brand-700 underline underline-offset-2">
            Open the visit note
          </Link>
        </section>
      )}
      {booked && (
        <MoveAppointmentForm
          key={`move-${appointment.version}`}
          visit={{ id: appointment.id, version: appointment.version, start: startWallClock, minutes, clinicianId: appointment.clinician.id, type: appointment.type }}
          clinicians={clinicians}
          timeZone={timeZone}
        />
      )}
      {booked && <CancelAppointmentForm key={`cancel-${appointment.version}`} appointmentId={appointment.id} version={appointment.version} />}
    </div>
  );
}
