import type { Metadata } from "next";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { loadAssessmentForm } from "@/lib/assessments/loaders";
import { emptyAssessment } from "@/lib/assessments/schema";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ episode?: string | string[] }>;
}) {
  const { patient, clinicians, episodes, currentUserId, today } = await loadAssessmentForm((await params).patientId);
  // Opened from an episode page, the assessment is linked to that episode (when it is one of the patient's).
  const { episode } = await searchParams;
  const episodeId = episodes.find((option) => option.id === episode)?.id ?? episodes[0]?.id ?? "";
  return (
    <section aria-labelledby="new-assessment-heading" className="space-y-4">
      <h2 id="new-assessment-heading" className="text-xl font-semibold">
        New assessment
      </h2>
      <AssessmentForm
        patientId={patient.id}
        mode={{ kind: "create" }}
        defaultValues={emptyAssessment(currentUserId, today, episodeId)}
        clinicians={clinicians}
        episodes={episodes}
      />
    </section>
  );
}
