/**
 * Advice to reduce when pain crosses the rule (pain-rules.ts), in a live region so it is announced when
 * it appears. Marked with a heading-like label and a border, so it reads as advice without colour.
 */
export function PainAdvice({ advice }: { advice: string | null }) {
  return (
    <div aria-live="polite">
      {advice && (
        <div className="rounded-md border-2 border-amber-700 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">Advice: take it easier</p>
          <p>{advice}</p>
        </div>
      )}
    </div>
  );
}
