import Link from "next/link";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { LEFS_MAX_TOTAL } from "@/lib/lefs/items";
import type { LefsSummaryDTO } from "@/lib/lefs/types";

/** The patient's completed questionnaires with their totals, newest first. */
export function LefsSummaryList({ questionnaires }: { questionnaires: LefsSummaryDTO[] }) {
  return (
    <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" aria-label="Past results">
      {questionnaires.map((questionnaire) => (
        <li key={questionnaire.id}>
          <Link
            href={`/portal/questionnaires/${questionnaire.id}`}
            className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 px-4 py-3 hover:bg-slate-50"
          >
            <span className="text-sm text-slate-700">
              LEFS, finished <LocalDateTime iso={questionnaire.completedAt ?? questionnaire.requestedAt} />
            </span>
            <span className="font-semibold text-brand-800">
              Total {questionnaire.total} / {LEFS_MAX_TOTAL}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
