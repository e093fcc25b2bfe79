import type { CriterionStatus, GateEvaluation } from "@/lib/episodes/gates";
import { PHASE_LABELS } from "@/lib/episodes/phases";

const statusText: Record<CriterionStatus, { mark: string; label: string; style: string }> = {
  met: { mark: "✓", label: "Met", style: "text-brand-800" },
  "not-met": { mark: "✗", label: "Not met", style: "text-red-800" },
  missing: { mark: "–", label: "Not recorded", style: "text-slate-600" },
};

/** The current phase's exit criteria as a checklist, each with its status in words and its source. */
export function GateChecklist({ gate }: { gate: GateEvaluation }) {
  if (!gate.to) return <p className="text-sm text-slate-700">Prevention is the last phase: it continues for as long as the episode does.</p>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {gate.criteria.map((criterion) => {
          const status = statusText[criterion.status];
          return (
            <li key={criterion.id} className="flex flex-wrap items-start gap-3 px-4 py-3 text-sm">
              <span className={`w-28 shrink-0 font-semibold ${status.style}`}>
                <span aria-hidden="true">{status.mark} </span>
                {status.label}
              </span>
              <span className="min-w-0 flex-1">
                {criterion.label}
                <span className="block text-xs text-slate-600">{criterion.detail}</span>
              </span>
              <span className="text-xs text-slate-600">Source {criterion.source}</span>
            </li>
          );
        })}
      </ul>
      <p role="status" className={`text-sm ${gate.ready ? "font-semibold text-brand-800" : "text-slate-700"}`}>
        {gate.ready
          ? `Every criterion is recorded and met: consider moving to ${PHASE_LABELS[gate.to].toLowerCase()}.`
          : `Not ready for ${PHASE_LABELS[gate.to].toLowerCase()}: a criterion is not met or not recorded yet. Moving on anyway needs a reason.`}
      </p>
    </div>
  );
}
