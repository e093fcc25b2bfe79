import type { Severity } from "@/lib/assessments/catalogue-types";

const styles: Record<Severity, string> = {
  refer: "bg-red-100 text-red-900 ring-red-600/40",
  impaired: "bg-orange-100 text-orange-900 ring-orange-600/40",
  monitor: "bg-amber-50 text-amber-900 ring-amber-600/40",
  info: "bg-slate-100 text-slate-800 ring-slate-400/40",
};

const labels: Record<Severity, string> = { refer: "Refer", impaired: "Impaired", monitor: "Monitor", info: "Note" };

/** The severity in words as well as colour, so it reads without colour. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`inline-flex min-w-20 justify-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[severity]}`}>
      {labels[severity]}
    </span>
  );
}
