import { mdcFor } from "@/lib/assessments/changes";
import { measureByCode } from "@/lib/assessments/catalogue";
import { daysBetween } from "@/lib/core/calendar";
import type { GateEvaluation } from "@/lib/episodes/gates";
import { formatDate } from "@/lib/core/dates";
import { PHASE_LABELS, type Phase } from "@/lib/episodes/phases";
import { evaluateMorningPain, evaluatePainDuring } from "@/lib/portal/pain-rules";
import { LOAD_RULE } from "@/lib/programs/load";
import type { LoadJump } from "./load-jumps";

/**
 * The caseload dashboard's alert rules: pure functions of facts the database aggregated
 * for every active episode at once (data.ts). Each answers an alert or null; thresholds are named
 * below with where they come from.
 */

const nprs = measureByCode("nprs");

/** A rise of 2 NPRS points at rest is real change, not noise (domain.md §6 R-MDC, NPRS 2 [S36]). */
export const REST_PAIN_RISE_AT = mdcFor(nprs, false)!.value;
/** Pain during exercise and next-morning pain are read over the last 7 calendar days, today included ([design]). */
export const PAIN_WINDOW_DAYS = 7;
/** A program given at least this long ago with no log in as many days: a week without a session is the product's threshold [design]. */
export const NO_LOG_DAYS = 7;
/**
 * A weekly load raised by more than 30 % over 2 weeks (domain.md §3.1, R-LOAD [S46]) by a version saved
 * in the last 7 days without a reason, and not as a step of the library's own progression (load-jumps.ts).
 */
export const LOAD_JUMP_ABOVE_PERCENT = LOAD_RULE.reasonAbovePercent;
export const LOAD_WINDOW_DAYS = 7;
/** No assessment for 4 weeks in an active episode: the product's reassessment interval [design]. */
export const REASSESS_AFTER_DAYS = 28;
/**
 * A red-flag cramp in the last 14 days ([design] window): lib/cramps/red-flags.ts — systemic symptoms
 * → medical review [S43]; a hamstring cramp at night, asleep or lying awake, where nocturnal cramps
 * seldom occur → clinician review [S44]; signs of a possible strain after the cramp → clinic [design].
 */
export const CRAMP_WINDOW_DAYS = 14;

export const ALERT_KINDS = ["pain-during", "morning-pain", "rest-pain-rise", "cramp-red-flag", "load-jump", "no-log", "reassessment-due", "gate-met"] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * What each chip says, in words (the reason never depends on colour), and where the rule comes from.
 * The README's caseload section lists the same rules; change the two together.
 */
export const ALERT_RULES: Record<AlertKind, { label: string; source: string }> = {
  "pain-during": { label: "Pain during exercise above the phase limit", source: "R-PAIN [S11] [S45]" },
  "morning-pain": { label: "Next-morning pain above the previous state", source: "R-PAIN [S45]" },
  "rest-pain-rise": { label: `Pain at rest up ≥ ${REST_PAIN_RISE_AT}`, source: "R-MDC, NPRS [S36]" },
  "cramp-red-flag": { label: "Cramp red flag", source: "R-CRAMP [S43] [S44]" },
  "load-jump": { label: `Load rise > ${LOAD_JUMP_ABOVE_PERCENT} % over 2 weeks without a reason`, source: "R-LOAD [S46] [S47]" },
  "no-log": { label: `No log for ${NO_LOG_DAYS} days`, source: "design" },
  "reassessment-due": { label: "Reassessment due", source: "design" },
  "gate-met": { label: "Ready for the next phase", source: "R-GATE-AS, the recorded criteria [S12] [S10] [S16]" },
};

export type Alert = { kind: AlertKind; detail: string };

/** The highest pain during exercise logged in the pain window, in the episode's current phase. */
export function painDuringAlert(maxPainDuring: number | null, phase: Phase): Alert | null {
  const evaluation = evaluatePainDuring(maxPainDuring, phase);
  if (evaluation.status !== "above-limit") return null;
  return {
    kind: "pain-during",
    detail: `${maxPainDuring}/10 in the last ${PAIN_WINDOW_DAYS} days; ${PHASE_LABELS[phase].toLowerCase()} allows up to ${evaluation.limit}/10 [${evaluation.source}]`,
  };
}

/** The worst next-morning rating in the window that was above the rating before its session (the SQL pairs them). */
export type MorningPainRise = { pain: number; previous: number; sessionDate: string };

export function morningPainAlert(rise: MorningPainRise | null): Alert | null {
  if (rise === null || evaluateMorningPain(rise.pain, rise.previous).status !== "above-baseline") return null;
  return { kind: "morning-pain", detail: `${rise.pain}/10 the morning after ${formatDate(rise.sessionDate)}, up from ${rise.previous}/10 before it` };
}

/** The episode's first and latest NPRS at rest from its assessments; the first is the baseline. */
export type RestPain = { baseline: number | null; latest: number | null };

export function restPainRiseAlert({ baseline, latest }: RestPain): Alert | null {
  if (baseline === null || latest === null || latest - baseline < REST_PAIN_RISE_AT) return null;
  return { kind: "rest-pain-rise", detail: `${latest}/10 at rest, up ${latest - baseline} from ${baseline}/10 at the start of the episode` };
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

/** The biggest rise saved without a reason (load-jumps.ts already left out explained and planned ones). */
export function loadJumpAlert(jumps: readonly LoadJump[]): Alert | null {
  const biggest = [...jumps].sort((a, b) => (b.percent ?? Infinity) - (a.percent ?? Infinity))[0];
  if (!biggest) return null;
  return {
    kind: "load-jump",
    detail:
      biggest.percent === null
        ? `${biggest.exerciseName}: external load added to a body-weight exercise, no reason given`
        : `${biggest.exerciseName} weekly load +${Math.round(biggest.percent)} % over 2 weeks, no reason given`,
  };
}

/** Counted from the patient's latest assessment, or from the episode's start when there is none. */
export function reassessmentAlert(lastAssessedOn: string | null, startedOn: string, today: string): Alert | null {
  const days = daysBetween(lastAssessedOn ?? startedOn, today);
  if (days < REASSESS_AFTER_DAYS) return null;
  return { kind: "reassessment-due", detail: lastAssessedOn === null ? `No assessment in ${days} days of care` : `Last assessed ${days} days ago` };
}

/** Every criterion of the current phase's exit gate is recorded and met (gates.ts): the clinician's approval is awaited. */
export function gateMetAlert(gate: GateEvaluation | undefined): Alert | null {
  if (!gate?.ready || !gate.to) return null;
  return { kind: "gate-met", detail: `Ready for ${PHASE_LABELS[gate.to].toLowerCase()}: approve on the episode page` };
}

export function crampRedFlagAlert(redFlagCramps: number): Alert | null {
  if (redFlagCramps < 1) return null;
  return { kind: "cramp-red-flag", detail: `${redFlagCramps} red-flag cramp${redFlagCramps === 1 ? "" : "s"} in the last ${CRAMP_WINDOW_DAYS} days` };
}

/** Everything the rules read about one active episode. */
export type EpisodeFacts = {
  phase: Phase;
  maxPainDuring: number | null;
  morningPainRise: MorningPainRise | null;
  restPain: RestPain;
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
    painDuringAlert(facts.maxPainDuring, facts.phase),
    morningPainAlert(facts.morningPainRise),
    restPainRiseAlert(facts.restPain),
    crampRedFlagAlert(facts.redFlagCramps),
    loadJumpAlert(facts.loadJumps),
    noLogAlert(facts.firstProgramOn, facts.lastLogOn, today),
    reassessmentAlert(facts.lastAssessedOn, facts.startedOn, today),
    gateMetAlert(facts.gate),
  ].filter((alert) => alert !== null);
}
