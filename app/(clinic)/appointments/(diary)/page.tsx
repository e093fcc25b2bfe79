import type { Metadata } from "next";
import Link from "next/link";
import { DiaryControls } from "@/components/appointments/diary-controls";
import { DiaryDay } from "@/components/appointments/diary-day";
import { loadDiary } from "@/lib/appointments/loaders";
import { visitDay } from "@/lib/appointments/visit-time";

export const metadata: Metadata = { title: "Appointments" };

/** A clinician's day or week (their own; admins pick any clinician), in the clinic's zone. */
export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const diary = await loadDiary(await searchParams);
  const first = diary.days[0]!.day;
  const last = diary.days.at(-1)!.day;
  const range = first === last ? visitDay(`${first}T12:00:00Z`, "UTC") : `${visitDay(`${first}T12:00:00Z`, "UTC")} – ${visitDay(`${last}T12:00:00Z`, "UTC")}`;
  const total = diary.days.reduce((sum, day) => sum + day.appointments.filter((visit) => visit.status !== "CANCELLED").length, 0);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Appointments</h1>
        <p className="text-sm text-slate-700">
          {diary.clinician.name}&apos;s diary, {range}: {total === 1 ? "1 visit" : `${total} visits`}. Times are in the clinic&apos;s zone ({diary.timeZone}). To book a visit, open the
          patient from the{" "}
          <Link href="/patients" className="text-brand-700 underline underline-offset-2">
            patient list
          </Link>{" "}
          and choose Visits.
        </p>
      </div>
      <DiaryControls params={diary.params} day={diary.day} today={diary.today} clinician={diary.clinician} clinicians={diary.clinicians} />
      <div className="space-y-4">
        {diary.days.map((day) => (
          <DiaryDay key={day.day} day={day.day} appointments={day.appointments} timeZone={diary.timeZone} isToday={day.day === diary.today} />
        ))}
      </div>
    </div>
  );
}
