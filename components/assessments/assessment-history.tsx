import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { inputClasses } from "@/components/ui/field";
import type { AssessmentSummaryDTO } from "@/lib/assessments/types";
import { formatDate } from "@/lib/core/dates";

/** The patient's assessments, newest first, and a plain GET form to compare any two. */
export function AssessmentHistory({ patientId, assessments }: { patientId: string; assessments: AssessmentSummaryDTO[] }) {
  const base = `/patients/${patientId}/assessments`;
  if (assessments.length === 0) {
    return (
      <EmptyState title="No assessments yet">
        <Link href={`${base}/new`} className="font-medium text-brand-700 underline">
          Record the first assessment
        </Link>
      </EmptyState>
    );
  }
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Assessments</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-2">Date</th>
              <th scope="col" className="px-4 py-2">Clinician</th>
              <th scope="col" className="px-4 py-2">Findings</th>
              <th scope="col" className="px-4 py-2">Values recorded</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {assessments.map((assessment) => (
              <tr key={assessment.id}>
                <td className="px-4 py-2">
                  <Link href={`${base}/${assessment.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {formatDate(assessment.assessedOn)}
                  </Link>
                </td>
                <td className="px-4 py-2">{assessment.clinicianName}</td>
                <td className="px-4 py-2 tabular-nums">{assessment.findingCount}</td>
                <td className="px-4 py-2 tabular-nums">{assessment.measurementCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {assessments.length >= 2 && (
        <form action={`${base}/compare`} method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="w-full text-sm font-semibold">Compare two assessments</h3>
          {(["a", "b"] as const).map((name, index) => (
            <div key={name}>
              <label htmlFor={`compare-${name}`} className="mb-1 block text-sm font-medium">
                {index === 0 ? "Earlier" : "Later"}
              </label>
              <select id={`compare-${name}`} name={name} defaultValue={assessments[index === 0 ? 1 : 0]?.id} className={inputClasses}>
                {assessments.map((assessment) => (
                  <option key={assessment.id} value={assessment.id}>
                    {formatDate(assessment.assessedOn)} · {assessment.clinicianName}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className={buttonClasses("secondary")}>
            Compare
          </button>
        </form>
      )}
    </div>
  );
}
