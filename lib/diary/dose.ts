/** A dose as numbers; null where it was not prescribed or not recorded. */
export type DoseValues = { sets: number | null; reps: number | null; holdSeconds: number | null; loadKg: number | null };

/** "3 × 12, hold 30 s, 20 kg"; "" when nothing is recorded. */
export function doseText({ sets, reps, holdSeconds, loadKg }: DoseValues): string {
  const parts = [
    sets !== null && reps !== null ? `${sets} × ${reps}` : sets !== null ? `${sets} sets` : reps !== null ? `${reps} reps` : "",
    holdSeconds !== null ? `hold ${holdSeconds} s` : "",
    loadKg !== null ? `${loadKg} kg` : "",
  ];
  return parts.filter(Boolean).join(", ");
}

/** What the patient did: "As prescribed" when they confirmed the dose in one tap, else what they entered. */
export function doseDoneText(log: DoseValues & { asPrescribed: boolean }): string {
  if (log.asPrescribed) return "As prescribed";
  return doseText(log) || "Done, dose not recorded";
}
