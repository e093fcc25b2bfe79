import type { ExerciseKind } from "@/lib/exercises/library-types";

/**
 * Weekly load of a programme item and the guard on raising it (domain.md §3.1, R-LOAD): a rise of
 * more than 10 % warns, more than 30 % needs a reason. The 10 % figure is a conservative convention,
 * not an evidence-based injury threshold [S46]; the 30 % line is where risk rose in cohort data [S46].
 */
export const LOAD_RULE = { warnAbovePercent: 10, reasonAbovePercent: 30, sources: ["S46", "S47"] } as const;

export const LOAD_RULE_EXPLANATION =
  "Raising a weekly load by no more than about 10 % is a conservative convention, not a proven injury threshold; rises above 30 % were linked to more injuries.";

export type Dose = {
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number | null;
  perWeek: number | null;
  perDay: number | null;
};

/** Sessions a week: per-day doses count every day. Without a frequency, one session is assumed. */
export function sessionsPerWeek(dose: Dose): number {
  if (dose.perDay) return dose.perDay * 7;
  return dose.perWeek ?? 1;
}

/**
 * Weekly load: sets × reps × load for strength work (body-weight work counts the load as 1), and
 * sets × hold time for stretches and holds; times the sessions a week. Null when the dose gives no sets.
 */
export function weeklyLoad(dose: Dose, kind: ExerciseKind): number | null {
  if (!dose.sets) return null;
  const perSession = kind === "stretch" || kind === "isometric" ? dose.sets * (dose.holdSeconds ?? 0) : dose.sets * (dose.reps ?? 0) * (dose.loadKg ?? 1);
  return perSession * sessionsPerWeek(dose);
}

export type LoadChange = { percent: number; level: "ok" | "warn" | "reason-required" };

/** The rise from one dose to the next; a fall or an unknown load is always ok. */
export function loadChange(previous: Dose, next: Dose, kind: ExerciseKind): LoadChange | null {
  const before = weeklyLoad(previous, kind);
  const after = weeklyLoad(next, kind);
  if (!before || after === null) return null;
  const percent = ((after - before) / before) * 100;
  const level = percent > LOAD_RULE.reasonAbovePercent ? "reason-required" : percent > LOAD_RULE.warnAbovePercent ? "warn" : "ok";
  return { percent, level };
}
