import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentHistory } from "@/components/assessments/assessment-history";
import { buttonClasses } from "@/components/ui/button";
import { loadAssessmentHistory } from "@/lib/assessments/loaders";

export const metadata: Metadata = { title: "Assessments" };

export default async function AssessmentsTab({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const assessments = await loadAssessmentHistory(patientId);
  return (
    <section aria-labelledby="assessments-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="assessments-heading" className="text-xl font-semibold">
          Assessments
        </h2>
        <Link href={`/patients/${patientId}/assessments/new`} className={buttonClasses("primary")}>
          New assessment
        </Link>
      </div>
      <AssessmentHistory patientId={patientId} assessments={assessments} />
    </section>
  );
}
