import type { Metadata } from "next";
import { MeasuresSection } from "@/components/portal-progress/measures-section";
import { PainSection } from "@/components/portal-progress/pain-section";
import { SessionsSection } from "@/components/portal-progress/sessions-section";
import { EmptyState } from "@/components/ui/empty-state";
import { loadPortalProgress } from "@/lib/portal-progress/loaders";

export const metadata: Metadata = { title: "Progress" };

/** The patient's own progress: sessions, pain and the measures their program works on. */
export default async function PortalProgressPage() {
  const progress = await loadPortalProgress();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your progress</h1>
      {progress.state === "no-episode" ? (
        <EmptyState title="No treatment plan yet">Your progress will show here once your clinician starts your plan.</EmptyState>
      ) : (
        <>
          <SessionsSection adherence={progress.adherence} onHold={progress.onHold} hasLogged={progress.hasLogged} />
          {progress.hasLogged && <PainSection during={progress.painDuring} morning={progress.painMorning} />}
          <MeasuresSection measures={progress.measures} />
        </>
      )}
    </div>
  );
}
