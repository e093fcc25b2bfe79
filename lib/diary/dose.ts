/** A dose as numbers; null where it was not prescribed or not recorded. */
export type DoseValues = { sets: number | null; reps: number | null; holdSeconds: number | null; loadKg: number | null };

/** A prescribed dose: the logged fields plus time (bike, foam rolling, drills) or distance, and how often. */
export type PrescribedDoseValues = DoseValues & {
  durationSeconds?: number | null;
  distanceM?: number | null;
  perWeek?: number | null;
  perDay?: number | null;
  everyDays?: number | null;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "30 s", "90 s", "1 min", "10 min". */
export function durationText(seconds: number): string {
  return seconds >= 60 && seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

/** "2× a day", "3× a week", and both when the days are fewer than 7: "1× a day, 5 days a week" (schedule.ts counts both). */
function frequencyText(perWeek: number | null, perDay: number | null): string {
  if (perDay !== null && perWeek !== null && perWeek < 7) return `${perDay}× a day, ${perWeek} days a week`;
  if (perDay !== null) return `${perDay}× a day`;
  return perWeek !== null ? `${perWeek}× a week` : "";
}

/**
 * The dose in words, for every kind of dose and every place it is shown (program editor and versions,
 * handout, portal, Diary tab): "3 × 12, 20 kg, 2× a day"; "1 set, hold 30 s"; "1 set of 30 s per muscle"
 * (foam rolling, domain.md §2.2 EX13); "10 min". `per` is what one dose counts for, from the exercise
 * ("per muscle", "per leg"). "" when nothing is recorded.
 */
export function doseText(
  { sets, reps, holdSeconds, loadKg, durationSeconds = null, distanceM = null, perWeek = null, perDay = null, everyDays = null }: PrescribedDoseValues,
  per?: string,
): string {
  const duration = durationSeconds !== null ? durationText(durationSeconds) : null;
  const amount =
    sets !== null && reps !== null
      ? `${sets} × ${reps}`
      : sets !== null && duration !== null
        ? `${plural(sets, "set", "sets")} of ${duration}`
        : sets !== null
          ? plural(sets, "set", "sets")
          : reps !== null
            ? plural(reps, "rep", "reps")
            : (duration ?? "");
  const parts = [
    amount && per ? `${amount} ${per}` : amount,
    // A duration already said with the sets is not repeated; with sets × reps it is the time of each set.
    duration !== null && sets !== null && reps !== null ? `${duration} each` : "",
    holdSeconds !== null ? `hold ${holdSeconds} s` : "",
    distanceM !== null ? `${distanceM} m` : "",
    loadKg !== null ? `${loadKg} kg` : "",
    everyDays !== null ? (everyDays === 2 ? "every other day" : `every ${everyDays} days`) : "",
    frequencyText(perWeek, perDay),
  ];
  return parts.filter(Boolean).join(", ");
}

/** What the patient did: "As prescribed" when they confirmed the dose in one tap, else what they entered. */
export function doseDoneText(log: DoseValues & { asPrescribed: boolean }): string {
  if (log.asPrescribed) return "As prescribed";
  return doseText(log) || "Done, dose not recorded";
}
