import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { DiaryControls } from "@/components/appointments/diary-controls";
import { DiaryDays } from "@/components/appointments/diary-days";
import { buttonClasses } from "@/components/ui/button";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { Alert } from "@/components/ui/alert";
import { loadDiary, loadHandOverNotice } from "@/lib/appointments/loaders";
import { visitDay } from "@/lib/appointments/visit-time";

export const metadata: Metadata = { title: "Appointments" };

const dayName = (day: string) => visitDay(`${day}T12:00:00Z`, "UTC");

/**
 * A clinician's day or week (their own; admins pick any clinician), in the clinic's zone. Who and which
 * days are settled first (a colleague's diary is a real 404 for a clinician); the visits then stream in.
 * After a clinician hands one of their visits to a colleague (?handedTo=), a note names the colleague.
 */
export default async function AppointmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const [diary, handedTo] = await Promise.all([loadDiary(raw), loadHandOverNotice(raw)]);
  const range = diary.from === diary.to ? dayName(diary.from) : `${dayName(diary.from)} – ${dayName(diary.to)}`;
  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-semibold">Appointments</h1>
          <Link href="/appointments/new" className={buttonClasses("primary")}>
            Book a visit
          </Link>
        </div>
        <p className="text-sm text-slate-700">
          {diary.clinician.name}&apos;s diary, {range}. Times are in the clinic&apos;s zone ({diary.timeZone}).
        </p>
      </div>
      {handedTo && <Alert tone="info">Visit handed to {handedTo}: it is in their diary now.</Alert>}
      <DiaryControls params={diary.params} day={diary.day} today={diary.today} clinician={diary.clinician} clinicians={diary.clinicians} />
      <Suspense key={`${diary.clinician.id}-${diary.from}-${diary.to}`} fallback={<PageSkeleton label="Loading the visits" blocks={["h-32 w-full", "h-32 w-full"]} />}>
        <DiaryDays searchParams={raw} timeZone={diary.timeZone} today={diary.today} />
      </Suspense>
    </div>
  );
}
