import type { Metadata } from "next";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { loadAssessmentForm } from "@/lib/assessments/loaders";
import { emptyAssessment } from "@/lib/assessments/schema";

export const metadata: Metadata = { title: "New assessment" };

export default async function NewAssessmentPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patient, clinicians, currentUserId } = await loadAssessmentForm((await params).patientId);
  return (
    <section aria-labelledby="new-assessment-heading" className="space-y-4">
      <h2 id="new-assessment-heading" className="text-xl font-semibold">
        New assessment
      </h2>
      <AssessmentForm patientId={patient.id} mode={{ kind: "create" }} defaultValues={emptyAssessment(currentUserId)} clinicians={clinicians} />
    </section>
  );
}
