import { MAX_PAIN_DURING, type Phase } from "@/lib/episodes/phases";

/**
 * Pain monitoring during loading (domain.md §3.2, rule R-PAIN in §6). Pure, so the portal (advice to
 * the patient) and the clinician's dashboard (flags) judge the same numbers the same way.
 */

export type PainDuringEvaluation =
  | { status: "not-recorded" }
  | { status: "within-limit"; limit: number; source: string }
  | { status: "above-limit"; limit: number; source: string; advice: string };

/** Advice per source: Aspetar's hamstring protocol [S11] adjusts or stops the exercise; the tendinopathy model [S45] calls it unacceptable. */
const PAIN_DURING_ADVICE: Record<string, (limit: number) => string> = {
  S11: (limit) => `Pain of ${limit + 1} or more out of 10 is more than this phase of your recovery allows. Make the exercise easier or stop it, and tell your clinician.`,
  S45: (limit) => `More than ${limit} out of 10 during an exercise is too much. Reduce the load or stop the exercise, and tell your clinician.`,
};

/** Pain during an exercise against the phase's limit (MAX_PAIN_DURING); above it, advice to reduce. */
export function evaluatePainDuring(pain: number | null, phase: Phase): PainDuringEvaluation {
  if (pain === null) return { status: "not-recorded" };
  const { value: limit, source } = MAX_PAIN_DURING[phase];
  if (pain <= limit) return { status: "within-limit", limit, source };
  const advice = PAIN_DURING_ADVICE[source]?.(limit) ?? PAIN_DURING_ADVICE.S11!(limit);
  return { status: "above-limit", limit, source, advice };
}

export type MorningPainEvaluation =
  /** No baseline was recorded: the rule cannot be applied, and no baseline is invented. */
  | { status: "not-evaluated" }
  | { status: "not-above-baseline"; baseline: number; source: string }
  | { status: "above-baseline"; baseline: number; source: string; advice: string };

/** domain.md §3.2: next-morning pain must stay ≤ baseline + 0; any rise means reduce the load [S45]. */
export const MORNING_PAIN_RULE = { allowedRise: 0, source: "S45" } as const;

/**
 * A rating that can be the state before a session: an assessment's NPRS at rest (observed the day it was
 * taken) or an earlier session's next-morning rating (observed the morning after that session).
 */
export type PainObservation = { pain: number; observedOn: string; kind: "rest" | "morning" };

/**
 * The previous state a next-morning rating is judged against (R-PAIN: "the last rest or morning rating
 * before this session" [S45]): the latest observation on or before the session day; on the same day a
 * morning rating is taken as the later one. Null when there is none, and then the rule is not applied.
 * The caseload pairs them in SQL (lib/caseload/data.ts); a parity test holds the two together.
 */
export function previousPainState(observations: readonly PainObservation[], sessionDate: string): number | null {
  const before = observations.filter((observation) => observation.observedOn <= sessionDate);
  before.sort((a, b) => b.observedOn.localeCompare(a.observedOn) || (a.kind === b.kind ? 0 : a.kind === "morning" ? -1 : 1));
  return before[0]?.pain ?? null;
}

/** Next-morning pain against the previous state (previousPainState). Without one the rule is not evaluated. */
export function evaluateMorningPain(pain: number, baseline: number | null): MorningPainEvaluation {
  if (baseline === null) return { status: "not-evaluated" };
  const { allowedRise, source } = MORNING_PAIN_RULE;
  if (pain <= baseline + allowedRise) return { status: "not-above-baseline", baseline, source };
  return {
    status: "above-baseline",
    baseline,
    source,
    advice: `Your pain this morning is higher than before this session (${baseline} out of 10). Reduce the load of your exercises today; your clinician will see this on their dashboard.`,
  };
}
