import { EmptyState } from "@/components/ui/empty-state";
import type { Finding } from "@/lib/assessments/findings";
import { SeverityBadge } from "./severity-badge";

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <EmptyState title="No findings">No recorded value crossed a threshold.</EmptyState>;
  }
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {findings.map((finding, index) => (
        <li key={`${finding.code}-${finding.side}-${index}`} className="flex flex-wrap items-start gap-3 px-4 py-3">
          <SeverityBadge severity={finding.severity} />
          <span className="min-w-0 flex-1 text-sm text-slate-900">{finding.text}</span>
          <span className="text-xs text-slate-600">Source {finding.sources.join(", ")}</span>
        </li>
      ))}
    </ul>
  );
}
