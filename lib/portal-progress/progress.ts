import type { LoggedSession, VersionInForce } from "@/lib/programs/adherence";
import type { StatusChangeOnDay } from "@/lib/programs/adherence-inputs";
import { summarizeAdherence, type AdherenceSummary } from "./adherence-summary";
import { measureProgress, type AssessmentValues, type MeasureProgress } from "./measures";
import { summarizePain, type PainRating, type PainTrend } from "./pain-trend";

/**
 * The patient's own Progress page in plain words: sessions this week and over the last
 * weeks, pain during exercise and the next morning, and the measures the program works on. Pure: the
 * data layer loads the episode, its program versions, status history, assessments, logs and morning
 * pain.
 */

/** What the data layer loads for the signed-in patient (data.ts), dates as YYYY-MM-DD. */
export type PortalProgressData = {
  episode: {
    side: "LEFT" | "RIGHT" | "BOTH";
    phase: "ACUTE" | "SUBACUTE" | "PREVENTION";
    /** The current episode is the newest one not finished. */
    status: "ACTIVE" | "ON_HOLD";
    /** Program versions, oldest first, each in force from the day it was saved. */
    versions: readonly VersionInForce[];
    statusChanges: readonly StatusChangeOnDay[];
    /** Oldest first. */
    assessments: readonly AssessmentValues[];
  } | null;
  /** This episode's logs from progressWindowStart(today) on. */
  logs: ReadonlyArray<LoggedSession & { painDuring: number | null }>;
  morningPain: readonly PainRating[];
  /** Whether the patient ever logged a session in this episode. */
  hasLogged: boolean;
};

export type PortalProgress =
  | { state: "no-episode" }
  | {
      state: "ready";
      onHold: boolean;
      hasLogged: boolean;
      adherence: AdherenceSummary;
      painDuring: PainTrend;
      painMorning: PainTrend;
      /** Empty when fewer than two assessments, or none re-tested what the program targets. */
      measures: MeasureProgress[];
    };

export function buildPortalProgress({ episode, logs, morningPain, hasLogged }: PortalProgressData, today: string): PortalProgress {
  if (!episode) return { state: "no-episode" };
  const current = episode.versions.at(-1);
  return {
    state: "ready",
    onHold: episode.status === "ON_HOLD",
    hasLogged,
    adherence: summarizeAdherence({ versions: episode.versions, statusChanges: episode.statusChanges, logs }, today),
    painDuring: summarizePain(
      logs.flatMap((log) => (log.painDuring === null ? [] : [{ day: log.performedOn, pain: log.painDuring }])),
      today,
    ),
    painMorning: summarizePain(morningPain, today),
    measures: measureProgress({
      exerciseCodes: current?.items.map((item) => item.exerciseCode) ?? [],
      assessments: episode.assessments,
      side: episode.side,
    }),
  };
}
