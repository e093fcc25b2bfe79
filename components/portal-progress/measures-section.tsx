import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { MeasureProgress, MeasureVerdict } from "@/lib/portal-progress/measures";

const VERDICT_WORDS: Record<MeasureVerdict, string> = {
  improved: "Improved",
  same: "About the same",
  worse: "Worse",
  "not-judged": "Measured",
};

/** The measures the program works on, first test against the latest, in plain words. */
export function MeasuresSection({ measures }: { measures: readonly MeasureProgress[] }) {
  return (
    <section aria-labelledby="measures-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="measures-heading" className="text-xl font-semibold">
        What your exercises are working on
      </h2>
      {measures.length === 0 ? (
        <EmptyState title="No re-test yet">Your clinician will re-test you; your progress will show here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {measures.map((measure) => (
            <li key={measure.code} className="space-y-2">
              <h3 className="font-semibold">{measure.title}</h3>
              <p className="text-sm text-slate-700">{measure.how}</p>
              {measure.lines.map((line) => (
                <div key={line.side} className="space-y-1">
                  <p className="text-lg">
                    <Badge tone={line.verdict === "improved" ? "positive" : line.verdict === "worse" ? "muted" : "neutral"}>{VERDICT_WORDS[line.verdict]}</Badge>{" "}
                    {line.text}
                  </p>
                  {line.note && <p className="text-sm text-slate-700">{line.note}</p>}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
