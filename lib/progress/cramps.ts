import { addDays, weekStart } from "@/lib/core/calendar";
import { CRAMP_CONTEXT_LABELS, type CrampContext } from "@/lib/cramps/labels";
import { inWindow, type DayWindow } from "./range";

/** Cramp diary contexts (domain.md §1.6): night and rest (nocturnal-type) first, then exercise-associated. */
export const CRAMP_CONTEXTS = ["NIGHT_SLEEP", "REST_SITTING", "REST_LYING_AWAKE", "DURING_EXERCISE", "POST_EXERCISE", "OTHER"] as const satisfies readonly CrampContext[];
/** The diary's own words for each context, so the chart and the diary name them alike. */
export { CRAMP_CONTEXT_LABELS, type CrampContext };

export type CrampDay = { onsetOn: string; context: CrampContext };

export type CrampWeek = { weekStart: string; counts: Record<CrampContext, number>; total: number };

const zeroCounts = (): Record<CrampContext, number> =>
  Object.fromEntries(CRAMP_CONTEXTS.map((context) => [context, 0])) as Record<CrampContext, number>;

/**
 * Cramps per Monday–Sunday week, by context, for every week of the window (weeks without a cramp
 * count 0, so the table says so). Empty when there is no cramp in the window at all.
 */
export function crampsPerWeek(cramps: readonly CrampDay[], window: DayWindow): CrampWeek[] {
  const inside = cramps.filter((cramp) => inWindow(cramp.onsetOn, window));
  if (inside.length === 0) return [];
  const weeks: CrampWeek[] = [];
  for (let start = weekStart(window.from); start <= window.to; start = addDays(start, 7)) {
    weeks.push({ weekStart: start, counts: zeroCounts(), total: 0 });
  }
  for (const cramp of inside) {
    const week = weeks.find((candidate) => candidate.weekStart === weekStart(cramp.onsetOn))!;
    week.counts[cramp.context] += 1;
    week.total += 1;
  }
  return weeks;
}

/** The contexts that occur at least once, in diary order: only those get a bar and a column. */
export function crampContextsUsed(weeks: readonly CrampWeek[]): CrampContext[] {
  return CRAMP_CONTEXTS.filter((context) => weeks.some((week) => week.counts[context] > 0));
}
