import { LEFS_ITEMS, LEFS_RESPONSES } from "@/lib/lefs/items";

const responseLabel = (score: number | undefined) => LEFS_RESPONSES.find((response) => response.score === score)?.label ?? "Not answered";

/** A completed questionnaire's answers, read-only. */
export function LefsAnswers({ answers }: { answers: Record<number, number> }) {
  return (
    <section aria-labelledby="lefs-answers-heading" className="space-y-2">
      <h2 id="lefs-answers-heading" className="text-lg font-semibold">
        Your answers
      </h2>
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {LEFS_ITEMS.map((label, index) => (
          <li key={label} className="px-4 py-2 text-sm">
            <span className="text-slate-700">
              {index + 1}. {label}:
            </span>{" "}
            <span className="font-medium">{responseLabel(answers[index + 1])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
