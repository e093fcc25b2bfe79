import { addDays, daysBetween } from "@/lib/core/calendar";
import type { Progression, ProgressionStep } from "@/lib/exercises/library-types";
import { sessionsPerWeek } from "./schedule";

/**
 * Weekly load of a program item and the guard on raising it, domain.md §3.1 and §6 R-LOAD: a
 * week-over-week rise above 10 % warns; a rise above 30 % over 2 weeks needs a reason [S46] (cohort
 * data: > 30 % over 2 weeks linked to more injuries [S46b]). The 10 % figure is a conservative
 * convention, not an evidence-based injury threshold [S46a]; the editor says so.
 */
export const LOAD_RULE = { warnAbovePercent: 10, warnOverDays: 7, reasonAbovePercent: 30, reasonOverDays: 14, sources: ["S46", "S47"] } as const;

export const LOAD_RULE_EXPLANATION =
  "Raising a weekly load by no more than about 10 % a week is a conservative convention, not a proven injury threshold; rises above 30 % over 2 weeks were linked to more injuries.";

export type Dose = {
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  perWeek: number | null;
  perDay: number | null;
  everyDays: number | null;
  durationSeconds: number | null;
  distanceM: number | null;
};

/** The dose of an item (a program or template item, a stored row): its nine dose fields and nothing else. */
export const doseOf = (item: Dose): Dose => ({
  sets: item.sets,
  reps: item.reps,
  holdSeconds: item.holdSeconds,
  loadKg: item.loadKg,
  perWeek: item.perWeek,
  perDay: item.perDay,
  everyDays: item.everyDays,
  durationSeconds: item.durationSeconds,
  distanceM: item.distanceM,
});

/**
 * What a weekly load counts, one of the metrics domain.md §3.1 names (distance, sets × reps × kg, or
 * time). Loads of different bases are never compared with each other as percentages.
 * - distance: sets × metres;
 * - external-load: sets × reps × kg, for a dose with reps and a load above 0 kg;
 * - time: sets × seconds (a duration, or reps × hold seconds for holds and stretches);
 * - body-weight: sets × reps. A load of 0 kg and no load at all both mean body weight: 0 kg is never a
 *   weight of zero (which made the weekly load 0 and switched the guard off for good).
 */
export type LoadBasis = "distance" | "external-load" | "time" | "body-weight";
/** `perWeek` is sessionsPerWeek (lib/programs/schedule.ts), null for an item without a schedule. */
export type WeeklyLoad = { basis: LoadBasis; perSession: number; perWeek: number | null };

const isBodyWeight = (dose: Pick<Dose, "loadKg">) => dose.loadKg === null || dose.loadKg === 0;

/** The item's load per session and its sessions a week; null without a countable dose. */
export function weeklyLoad(dose: Dose): WeeklyLoad | null {
  const perSession = perSessionLoad(dose, dose.sets ?? 1);
  return perSession && { ...perSession, perWeek: sessionsPerWeek(dose) };
}

/**
 * The rise from one load to another in %, or null when they weigh different things. With a schedule
 * on both sides the weekly loads compare (per session × sessions a week); when either has none ("as
 * advised"), only the per-session loads can.
 */
export function loadRisePercent(before: WeeklyLoad, after: WeeklyLoad): number | null {
  if (before.basis !== after.basis) return null;
  const weekly = before.perWeek !== null && after.perWeek !== null;
  const [from, to] = weekly ? [before.perSession * before.perWeek!, after.perSession * after.perWeek!] : [before.perSession, after.perSession];
  return from > 0 ? ((to - from) / from) * 100 : null;
}

function perSessionLoad(dose: Dose, sets: number): { basis: LoadBasis; perSession: number } | null {
  if (dose.distanceM) return { basis: "distance", perSession: sets * dose.distanceM };
  if (dose.reps && !isBodyWeight(dose)) return { basis: "external-load", perSession: sets * dose.reps * dose.loadKg! };
  if (dose.durationSeconds) return { basis: "time", perSession: sets * dose.durationSeconds };
  if (dose.holdSeconds) return { basis: "time", perSession: sets * (dose.reps ?? 1) * dose.holdSeconds };
  if (dose.reps) return { basis: "body-weight", perSession: sets * dose.reps };
  return null;
}

/** One version's dose of an exercise, in force from `from` (a YYYY-MM-DD day) until the next entry's; null when that version did not have it. */
export type DoseInForce = { from: string; dose: Dose | null };

export type LoadChange = {
  level: "ok" | "warn" | "reason-required";
  /** The rise in %, null when body weight became an external load (no common measure). */
  percent: number | null;
  /** The window the rise was measured over: 7 days (week over week) or 14 (over 2 weeks). */
  windowDays: 7 | 14;
  /** A step of the library's own progression (EX30 [S14]): planned, so no reason and no caseload alert. */
  planned: boolean;
};

/**
 * The change `next` makes, saved on day `on`, against every dose of the same exercise in force over
 * R-LOAD's windows (the last 7 days for the warning, the last 14 for the reason), so a rise made in
 * small steps is seen as a whole. `history` is the exercise's earlier versions in order, the one being
 * replaced last. The lowest comparable load of a window is its baseline; a dose no higher than the one
 * it replaces is always ok. Null when nothing compares
 * (a new exercise, no weekly load, or a different basis — except body weight → an external load,
 * which adds load the guard cannot size and so needs a reason [design]).
 */
export function loadChangeOverWindow(next: Dose, history: readonly DoseInForce[], on: string, progression?: Progression): LoadChange | null {
  const after = weeklyLoad(next);
  if (!after) return null;
  if (progression && isPlannedStep(next, history, on, progression)) return { level: "ok", percent: null, windowDays: 7, planned: true };

  // Only a save that raises the load over the version it replaces can need a reason: keeping or
  // lowering a dose after an earlier rise is no new rise.
  const current = history.at(-1)?.dose;
  const currentLoad = current ? weeklyLoad(current) : null;
  const sinceCurrent = currentLoad ? loadRisePercent(currentLoad, after) : null;
  if (sinceCurrent !== null && sinceCurrent <= 0) return { level: "ok", percent: sinceCurrent, windowDays: 7, planned: false };

  const inWindow = (days: number) => dosesInForceSince(history, addDays(on, -days), on);
  const rise = (doses: readonly Dose[]) => {
    let largest: number | null = null;
    let addsExternalLoad = false;
    for (const dose of doses) {
      const before = weeklyLoad(dose);
      if (!before) continue;
      if (before.basis === "body-weight" && after.basis === "external-load") addsExternalLoad = true;
      const percent = loadRisePercent(before, after);
      if (percent === null) continue;
      largest = largest === null ? percent : Math.max(largest, percent);
    }
    return { largest, addsExternalLoad };
  };

  const fortnight = rise(inWindow(LOAD_RULE.reasonOverDays));
  if (fortnight.addsExternalLoad) return { level: "reason-required", percent: null, windowDays: 14, planned: false };
  if (fortnight.largest === null) return null;
  if (fortnight.largest > LOAD_RULE.reasonAbovePercent) return { level: "reason-required", percent: fortnight.largest, windowDays: 14, planned: false };
  const week = rise(inWindow(LOAD_RULE.warnOverDays)).largest;
  // Nothing to compare within the week: the fortnight's rise is the one to judge, and said so.
  const judged = week === null ? { percent: fortnight.largest, windowDays: 14 as const } : { percent: week, windowDays: 7 as const };
  return { level: judged.percent > LOAD_RULE.warnAbovePercent ? "warn" : "ok", ...judged, planned: false };
}

/** Doses of the history in force on any day from `since` to `on` (an entry lasts until the next one's day, the last until `on`). */
function dosesInForceSince(history: readonly DoseInForce[], since: string, on: string): Dose[] {
  return history.flatMap((entry, index) => {
    const until = history[index + 1]?.from ?? on;
    return entry.dose && entry.from <= on && until >= since ? [entry.dose] : [];
  });
}

/** The steps of the progression the dose is on (ranges overlap: 3 × 8 is weeks 3, 4 and 5–10), by index. */
export function progressionStepsOf(dose: Dose, progression: Progression): number[] {
  return progression.steps.flatMap((step: ProgressionStep, index) => (matchesStep(dose, step) ? [index] : []));
}

function matchesStep(dose: Dose, step: ProgressionStep): boolean {
  return (
    dose.sets === step.sets &&
    dose.reps !== null &&
    dose.reps >= step.repsMin &&
    dose.reps <= step.repsMax &&
    dose.perWeek === step.perWeek &&
    (dose.perDay ?? 1) === 1 &&
    dose.everyDays === null &&
    isBodyWeight(dose)
  );
}

/**
 * Planned when the new dose is on a step the patient can have reached: the schedule moves one step a
 * week [S14], so from the lowest step of the first dose of the current run on the progression, one more
 * step for every full week since that run began. Ranges overlap (3 × 8 is weeks 3, 4 and 5–10), so the
 * lowest step is the one assumed: 3 × 6 → 3 × 8 → 3 × 12 on one day is not planned.
 */
function isPlannedStep(next: Dose, history: readonly DoseInForce[], on: string, progression: Progression): boolean {
  const targets = progressionStepsOf(next, progression);
  if (!targets.length) return false;
  let runStart: DoseInForce | null = null;
  for (let index = history.length - 1; index >= 0; index--) {
    const dose = history[index]!.dose;
    if (!dose || !progressionStepsOf(dose, progression).length) break;
    runStart = history[index]!;
  }
  if (!runStart?.dose) return false;
  const reachable = Math.min(...progressionStepsOf(runStart.dose, progression)) + Math.floor(daysBetween(runStart.from, on) / 7);
  return targets.some((step) => step <= reachable);
}
