import type { Metadata } from "next";
import Link from "next/link";
import { ChangesList } from "@/components/assessments/changes-list";
import { FindingsList } from "@/components/assessments/findings-list";
import { MeasurementTable } from "@/components/assessments/measurement-table";
import { buttonClasses } from "@/components/ui/button";
import { loadAssessment } from "@/lib/assessments/loaders";
import { formatDate } from "@/lib/core/dates";

export const metadata: Metadata = { title: "Assessment" };

export default async function AssessmentPage({ params }: { params: Promise<{ patientId: string; assessmentId: string }> }) {
  const { patientId, assessmentId } = await params;
  const assessment = await loadAssessment(patientId, assessmentId);
  const base = `/patients/${patientId}/assessments`;
  return (
    <article aria-labelledby="assessment-heading" className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="assessment-heading" className="text-xl font-semibold">
            Assessment of {formatDate(assessment.assessedOn)}
          </h2>
          <p className="text-sm text-slate-700">
            By {assessment.clinicianName}
            {assessment.bodyMassKg !== null && ` · body mass ${assessment.bodyMassKg} kg`}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {assessment.previous && (
            <Link href={`${base}/compare?a=${assessment.previous.id}&b=${assessment.id}`} className={buttonClasses("secondary")}>
              Compare with previous
            </Link>
          )}
          <Link href={`${base}/${assessment.id}/edit`} className={buttonClasses("secondary")}>
            Correct
          </Link>
        </div>
      </div>
      <section aria-labelledby="findings-heading" className="space-y-2">
        <h3 id="findings-heading" className="text-lg font-semibold">
          Findings
        </h3>
        <FindingsList findings={assessment.findings} />
      </section>
      <section aria-labelledby="changes-heading" className="space-y-2">
        <h3 id="changes-heading" className="text-lg font-semibold">
          Change since the previous assessment{assessment.previous && ` (${formatDate(assessment.previous.assessedOn)})`}
        </h3>
        <ChangesList changes={assessment.changes} previousDate={assessment.previous?.assessedOn ?? null} />
      </section>
      <section aria-labelledby="values-heading" className="space-y-2">
        <h3 id="values-heading" className="text-lg font-semibold">
          Values
        </h3>
        <MeasurementTable columns={[{ heading: formatDate(assessment.assessedOn), rows: assessment.rows, corrections: assessment.corrections }]} />
      </section>
      {assessment.notes && (
        <section aria-labelledby="notes-heading" className="space-y-2">
          <h3 id="notes-heading" className="text-lg font-semibold">
            Notes
          </h3>
          <p className="whitespace-pre-wrap text-sm">{assessment.notes}</p>
        </section>
      )}
    </article>
  );
}
