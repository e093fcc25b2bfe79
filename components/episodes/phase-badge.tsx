import { PHASE_LABELS, type Phase } from "@/lib/episodes/phases";

const styles: Record<Phase, string> = {
  ACUTE: "bg-red-50 text-red-900 ring-red-600/30",
  SUBACUTE: "bg-amber-50 text-amber-900 ring-amber-600/30",
  PREVENTION: "bg-brand-50 text-brand-800 ring-brand-600/30",
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[phase]}`}>
      {PHASE_LABELS[phase]}
    </span>
  );
}
