import { formatDate } from "@/lib/core/dates";
import type { Change } from "@/lib/assessments/changes";

const verdictLabels: Record<Change["verdict"], string> = { real: "Real change", minimal: "Minimal change", noise: "Within error", unjudged: "Not judged" };
const verdictStyles: Record<Change["verdict"], string> = {
  real: "bg-brand-50 text-brand-800 ring-brand-600/40",
  minimal: "bg-white text-brand-800 ring-brand-600/40",
  noise: "bg-slate-100 text-slate-800 ring-slate-400/40",
  unjudged: "bg-white text-slate-700 ring-slate-300",
};

/** Change since the previous assessment, each judged against its MDC. */
export function ChangesList({ changes, previousDate }: { changes: Change[]; previousDate: string | null }) {
  if (!previousDate) return <p className="text-sm text-slate-700">This is the first assessment: there is nothing to compare with yet.</p>;
  if (changes.length === 0) return <p className="text-sm text-slate-700">No value measured both times has changed since {formatDate(previousDate)}.</p>;
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {changes.map((change) => (
        <li key={`${change.code}-${change.side}-${change.context}`} className="flex flex-wrap items-start gap-3 px-4 py-3">
          <span className={`inline-flex min-w-24 justify-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${verdictStyles[change.verdict]}`}>
            {verdictLabels[change.verdict]}
          </span>
          <span className="min-w-0 flex-1 text-sm">{change.text}</span>
        </li>
      ))}
    </ul>
  );
}
