import { mdcFor } from "@/lib/assessments/changes";
import { measureByCode } from "@/lib/assessments/catalogue";
import { daysBetween } from "@/lib/core/calendar";
import type { GateEvaluation } from "@/lib/episodes/gates";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { LOAD_RULE } from "@/lib/programs/load";
import type { LoadJump } from "./load-jumps";

/**
 * The caseload dashboard's alert rules (issue #6): pure functions of facts the database aggregated
 * for every active episode at once (data.ts). Each answers an alert or null; thresholds are named
 * below with where they come from.
 */

const nprs = measureByCode("nprs");

/** Pain ≥ 7 is the product's severe-pain convention, the same level the assessment findings use (catalogue, [design]). */
export const SEVERE_PAIN_AT = nprs.threshold!.value;
/** A rise of 2 NPRS points is real change, not noise (domain.md §6 R-MDC, NPRS 2 [S36]). */
export const PAIN_RISE_AT = mdcFor(nprs, false)!.value;
/** Pain alerts look at the last 7 calendar days, today included ([design], issue #6). */
export const PAIN_WINDOW_DAYS = 7;
/** A program given at least this long ago with no log in as many days ([design], issue #6). */
export const NO_LOG_DAYS = 7;
/** A weekly load raised by more than 30 % (domain.md §3.1, R-LOAD [S46]) by a version saved in the last 7 days. */
export const LOAD_JUMP_ABOVE_PERCENT = LOAD_RULE.reasonAbovePercent;
export const LOAD_WINDOW_DAYS = 7;
/** No assessment for 4 weeks in an active episode ([design], issue #6). */
export const REASSESS_AFTER_DAYS = 28;
/**
 * A red-flag cramp in the last 14 days ([design] window). Red flag = domain.md §6 R-CRAMP: systemic
 * symptoms → medical review [S43]; a hamstring cramp at night, where nocturnal cramps seldom occur → clinician review [S44].
 */
export const CRAMP_WINDOW_DAYS = 14;

export const ALERT_KINDS = ["severe-pain", "pain-rise", "cramp-red-flag", "load-jump", "no-log", "reassessment-due", "gate-met"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Short names for the reason chips: words, so the reason never depends on colour. */
export const ALERT_LABELS: Record<AlertKind, string> = {
  "severe-pain": `Pain ≥ ${SEVERE_PAIN_AT}`,
  "pain-rise": `Pain up ≥ ${PAIN_RISE_AT}`,
  "cramp-red-flag": "Cramp red flag",
  "load-jump": `Load jump > ${LOAD_JUMP_ABOVE_PERCENT} %`,
  "no-log": `No log for ${NO_LOG_DAYS} days`,
  "reassessment-due": "Reassessment due",
  "gate-met": "Phase gate met",
};

export type Alert = { kind: AlertKind; detail: string };

/** The highest pain logged in the pain window: during exercise, or the next morning. */
export type RecentPain = { maxDuring: number | null; maxNextMorning: number | null };

const highest = ({ maxDuring, maxNextMorning }: RecentPain) =>
  maxDuring === null && maxNextMorning === null ? null : Math.max(maxDuring ?? 0, maxNextMorning ?? 0);

export function severePainAlert(pain: RecentPain): Alert | null {
  const worst = highest(pain);
  if (worst === null || worst < SEVERE_PAIN_AT) return null;
  const when = (pain.maxDuring ?? -1) >= (pain.maxNextMorning ?? -1) ? "during exercise" : "the next morning";
  return { kind: "severe-pain", detail: `${worst}/10 ${when} in the last ${PAIN_WINDOW_DAYS} days` };
}

/** Baseline = the latest NPRS at rest from an assessment of the episode; without one the rule is not evaluated. */
export function painRiseAlert(pain: RecentPain, baseline: number | null): Alert | null {
  const worst = highest(pain);
  if (worst === null || baseline === null || worst - baseline < PAIN_RISE_AT) return null;
  return { kind: "pain-rise", detail: `${worst}/10, up ${worst - baseline} from ${baseline}/10 at rest` };
}

/** Dates are calendar days (YYYY-MM-DD); firstProgramOn is the day the first program version was given. */
export function noLogAlert(firstProgramOn: string | null, lastLogOn: string | null, today: string): Alert | null {
  if (firstProgramOn === null || daysBetween(firstProgramOn, today) < NO_LOG_DAYS) return null;
  if (lastLogOn !== null && daysBetween(lastLogOn, today) < NO_LOG_DAYS) return null;
  return {
    kind: "no-log",
    detail: lastLogOn === null ? `Nothing logged since the program was given ${daysBetween(firstProgramOn, today)} days ago` : `Last log ${daysBetween(lastLogOn, today)} days ago`,
  };
}

export function loadJumpAlert(jumps: readonly LoadJump[]): Alert | null {
  const biggest = jumps.filter((jump) => jump.percent > LOAD_JUMP_ABOVE_PERCENT).sort((a, b) => b.percent - a.percent)[0];
  if (!biggest) return null;
  return { kind: "load-jump", detail: `${biggest.exerciseName} weekly load +${Math.round(biggest.percent)} %` };
}

/** Counted from the patient's latest assessment, or from the episode's start when there is none. */
export function reassessmentAlert(lastAssessedOn: string | null, startedOn: string, today: string): Alert | null {
  const days = daysBetween(lastAssessedOn ?? startedOn, today);
  if (days < REASSESS_AFTER_DAYS) return null;
  return { kind: "reassessment-due", detail: lastAssessedOn === null ? `No assessment in ${days} days of care` : `Last assessed ${days} days ago` };
}

/** Every computable criterion of the current phase's exit gate is met (gates.ts): the clinician's approval is awaited. */
export function gateMetAlert(gate: GateEvaluation | undefined): Alert | null {
  if (!gate?.suggestAdvance || !gate.to) return null;
  return { kind: "gate-met", detail: `Ready for ${PHASE_LABELS[gate.to].toLowerCase()}: approve on the episode page` };
}

export function crampRedFlagAlert(redFlagCramps: number): Alert | null {
  if (redFlagCramps < 1) return null;
  return { kind: "cramp-red-flag", detail: `${redFlagCramps} red-flag cramp${redFlagCramps === 1 ? "" : "s"} in the last ${CRAMP_WINDOW_DAYS} days` };
}

/** Everything the rules read about one active episode. */
export type EpisodeFacts = {
  pain: RecentPain;
  baselinePain: number | null;
  firstProgramOn: string | null;
  lastLogOn: string | null;
  lastAssessedOn: string | null;
  startedOn: string;
  loadJumps: readonly LoadJump[];
  gate: GateEvaluation | undefined;
  redFlagCramps: number;
};

/** The episode's alerts, most urgent kind first (ALERT_KINDS order). */
export function alertsFor(facts: EpisodeFacts, today: string): Alert[] {
  return [
    severePainAlert(facts.pain),
    painRiseAlert(facts.pain, facts.baselinePain),
    crampRedFlagAlert(facts.redFlagCramps),
    loadJumpAlert(facts.loadJumps),
    noLogAlert(facts.firstProgramOn, facts.lastLogOn, today),
    reassessmentAlert(facts.lastAssessedOn, facts.startedOn, today),
    gateMetAlert(facts.gate),
  ].filter((alert) => alert !== null);
}
