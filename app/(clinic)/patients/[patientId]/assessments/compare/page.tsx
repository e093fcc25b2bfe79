import type { Metadata } from "next";
import Link from "next/link";
import { ChangesList } from "@/components/assessments/changes-list";
import { MeasurementTable } from "@/components/assessments/measurement-table";
import { loadAssessmentComparison } from "@/lib/assessments/loaders";
import { formatDate } from "@/lib/core/dates";

export const metadata: Metadata = { title: "Compare assessments" };

export default async function CompareAssessmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ a?: string | string[]; b?: string | string[] }>;
}) {
  const { patientId } = await params;
  const { a, b } = await searchParams;
  const { earlier, later, changes } = await loadAssessmentComparison(patientId, String(a ?? ""), String(b ?? ""));
  return (
    <section aria-labelledby="compare-heading" className="space-y-6">
      <div>
        <Link href={`/patients/${patientId}/assessments`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← Assessments
        </Link>
        <h2 id="compare-heading" className="mt-1 text-xl font-semibold">
          {formatDate(earlier.assessedOn)} compared with {formatDate(later.assessedOn)}
        </h2>
      </div>
      <section aria-labelledby="compare-changes-heading" className="space-y-2">
        <h3 id="compare-changes-heading" className="text-lg font-semibold">
          What changed
        </h3>
        <ChangesList changes={changes} previousDate={earlier.assessedOn} />
      </section>
      <MeasurementTable
        columns={[
          { heading: formatDate(earlier.assessedOn), rows: earlier.rows, corrections: earlier.corrections },
          { heading: formatDate(later.assessedOn), rows: later.rows, corrections: later.corrections },
        ]}
      />
    </section>
  );
}
