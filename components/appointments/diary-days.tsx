import { loadDiaryDays } from "@/lib/appointments/loaders";
import type { RawSearchParams } from "@/lib/core/url-state";
import { DiaryDay } from "./diary-day";

/** The diary's visits, streamed inside the page's Suspense boundary: a count, then each day. */
export async function DiaryDays({ searchParams, timeZone, today }: { searchParams: RawSearchParams; timeZone: string; today: string }) {
  const days = await loadDiaryDays(searchParams);
  const total = days.reduce((sum, day) => sum + day.appointments.filter((visit) => visit.status !== "CANCELLED").length, 0);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" role="status">
        {total === 1 ? "1 visit booked" : `${total} visits booked`} (cancelled ones are listed but not counted).
      </p>
      {days.map((day) => (
        <DiaryDay key={day.day} day={day.day} appointments={day.appointments} timeZone={timeZone} isToday={day.day === today} />
      ))}
    </div>
  );
}
