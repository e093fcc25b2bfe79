import type { CrampRedFlag } from "@/lib/cramps/red-flags";

/**
 * R-CRAMP advice for the patient (domain.md §6). Marked with a word and a symbol, not only a colour.
 * `announce` makes a newly shown flag interrupt a screen reader (role=alert); a listed one does not.
 */
export function RedFlagAdvice({ flag, announce = false }: { flag: CrampRedFlag; announce?: boolean }) {
  return (
    <div role={announce ? "alert" : undefined} className="rounded-lg border-2 border-red-700 bg-red-50 px-4 py-3 text-red-950">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>Important
      </p>
      <p>{flag.advice}</p>
    </div>
  );
}
