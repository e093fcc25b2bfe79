import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { addDays, daysBetween } from "@/lib/core/calendar";
import { overallAdherence, type LoggedSession, type VersionInForce } from "@/lib/programs/adherence";
import { pauseSpans, type StatusChangeOnDay } from "@/lib/programs/adherence-inputs";
import type { GateInputs } from "./gates";

/**
 * What the phase gate reads from the logs ("pain during exercise within the phase limit for
 * 7 days, adherence ≥ 70 %"), gathered for many episodes at once by listGateEvidence and turned into
 * gates.ts inputs here, so the episode page and the caseload dashboard judge the same numbers alike.
 */

/** The gate looks back over 7 days (the criteria's own wording in gates.ts). */
export const GATE_WINDOW_DAYS = 7;

/**
 * Pain counts the 7 calendar days ending today (pain logged today is already evidence); adherence
 * counts the 7 full days before today, because today's sessions may simply not be done yet.
 */
export function gateWindows(today: string) {
  return {
    pain: { from: addDays(today, -(GATE_WINDOW_DAYS - 1)), to: today },
    adherence: { from: addDays(today, -GATE_WINDOW_DAYS), to: addDays(today, -1) },
  };
}

/** Logs of one exercise on one day: how many sessions, and the highest pain during them (adherence counts by exercise). */
export type LoggedDay = { exerciseCode: string; performedOn: string; sessions: number; maxPainDuring: number | null };

export type GateEvidence = {
  /** Logged days in the union of both windows (gateWindows(today).adherence.from … today). */
  loggedDays: readonly LoggedDay[];
  /** The versions in force during the adherence window: the one given before it, and any given since. */
  versions: readonly VersionInForce[];
  /** Every status change of the episode (days on hold are not prescribed). */
  statusChanges: readonly StatusChangeOnDay[];
  /** The latest assessment linked to the episode. */
  latestAssessment: { assessedOn: string; rows: MeasurementRow[] } | null;
};

/** Nothing recorded: what an episode without logs, programs or assessments reads as. */
export const NO_EVIDENCE: GateEvidence = { loggedDays: [], versions: [], statusChanges: [], latestAssessment: null };

export type GateEpisode = { side: GateInputs["involvedSide"]; onsetDate: string };

/** The highest pain during exercise on each day of the pain window that has one. */
export function painByDay(loggedDays: readonly LoggedDay[], today: string): number[] {
  const { from, to } = gateWindows(today).pain;
  const byDay = new Map<string, number>();
  for (const day of loggedDays) {
    if (day.maxPainDuring === null || day.performedOn < from || day.performedOn > to) continue;
    byDay.set(day.performedOn, Math.max(byDay.get(day.performedOn) ?? 0, day.maxPainDuring));
  }
  return [...byDay.values()];
}

/** Sessions done ÷ prescribed over the adherence window (lib/programs/adherence.ts), null when nothing was prescribed. */
export function adherenceOverWindow(evidence: Pick<GateEvidence, "loggedDays" | "versions" | "statusChanges">, today: string): number | null {
  const { from, to } = gateWindows(today).adherence;
  const logs: LoggedSession[] = evidence.loggedDays
    .filter((day) => day.performedOn >= from && day.performedOn <= to)
    .flatMap((day) => Array.from({ length: day.sessions }, () => ({ exerciseCode: day.exerciseCode, performedOn: day.performedOn })));
  return overallAdherence({ versions: evidence.versions, pauses: pauseSpans(evidence.statusChanges), logs, from, to });
}

export function gateInputsFrom(episode: GateEpisode, evidence: GateEvidence, today: string): GateInputs {
  return {
    latestAssessment: evidence.latestAssessment,
    involvedSide: episode.side,
    daysSinceOnset: daysBetween(episode.onsetDate, today),
    painDuringLast7Days: painByDay(evidence.loggedDays, today),
    adherencePercent: adherenceOverWindow(evidence, today),
  };
}
