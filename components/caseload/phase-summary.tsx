import { PHASE_LABELS, PHASES, type Phase } from "@/lib/episodes/phases";

/** Active episodes in the view, by phase of care, and how many of them need attention. */
export function PhaseSummary({ counts, active, flagged }: { counts: Record<Phase, number>; active: number; flagged: number }) {
  return (
    <section aria-labelledby="phase-summary-heading" className="space-y-2">
      <h2 id="phase-summary-heading" className="text-lg font-semibold">
        Active episodes by phase
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {PHASES.map((phase) => (
          <div key={phase} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-sm text-slate-700">{PHASE_LABELS[phase]}</dt>
            <dd className="text-2xl font-semibold">{counts[phase]}</dd>
          </div>
        ))}
        <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
          <dt className="text-sm text-slate-700">Need attention</dt>
          <dd className="text-2xl font-semibold">
            {flagged} <span className="text-sm font-normal text-slate-700">of {active}</span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
