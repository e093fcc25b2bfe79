import type { Metadata } from "next";
import { AssessmentForm } from "@/components/assessments/assessment-form";
import { loadAssessment, loadAssessmentForm } from "@/lib/assessments/loaders";
import { toMeasureFormValues } from "@/lib/assessments/measurement-form-mapping";
import { formatDate } from "@/lib/core/dates";

export const metadata: Metadata = { title: "Correct assessment" };

export default async function EditAssessmentPage({ params }: { params: Promise<{ patientId: string; assessmentId: string }> }) {
  const { patientId, assessmentId } = await params;
  const { clinicians, episodes } = await loadAssessmentForm(patientId);
  const assessment = await loadAssessment(patientId, assessmentId);
  return (
    <section aria-labelledby="edit-assessment-heading" className="space-y-4">
      <h2 id="edit-assessment-heading" className="text-xl font-semibold">
        Correct the assessment of {formatDate(assessment.assessedOn)}
      </h2>
      <AssessmentForm
        patientId={patientId}
        mode={{ kind: "edit", id: assessment.id, version: assessment.version }}
        clinicians={clinicians}
        episodes={episodes}
        defaultValues={{
          assessedOn: assessment.assessedOn,
          clinicianId: assessment.clinicianId,
          episodeId: assessment.episodeId ?? "",
          bodyMassKg: assessment.bodyMassKg === null ? "" : String(assessment.bodyMassKg),
          notes: assessment.notes,
          measures: toMeasureFormValues(assessment.rows),
        }}
      />
    </section>
  );
}
