import { mdcFor } from "@/lib/assessments/changes";
import { measureByCode } from "@/lib/assessments/catalogue";
import { sidesOf } from "@/lib/assessments/derived";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { MAX_PAIN_DURING, nextPhase, type Phase } from "./phases";

/**
 * Phase-gate criteria as data (domain.md §3.3, §3.4): each criterion evaluates what the app has
 * recorded and answers met, not met, or missing (never recorded). The gate is ready only when every
 * criterion is recorded and met: missing evidence blocks readiness rather than counting as a pass.
 * The clinician decides; advancing against a gate that is not ready needs a reason.
 */
export type CriterionStatus = "met" | "not-met" | "missing";
export type CriterionResult = { id: string; label: string; source: string; status: CriterionStatus; detail: string };

export type GateInputs = {
  /** The latest assessment in the episode, oldest values excluded. */
  latestAssessment: { assessedOn: string; rows: MeasurementRow[] } | null;
  /** The injured side; BOTH or unknown means neither side is the reference. */
  involvedSide: "LEFT" | "RIGHT" | "BOTH";
  daysSinceOnset: number;
  /** Highest pain during exercise on each of the last 7 days with one logged (gate-evidence.ts); null or empty when none. */
  painDuringLast7Days: number[] | null;
  /** Sessions done ÷ sessions prescribed over the last 7 full days, 0–100; null when nothing was prescribed then. */
  adherencePercent: number | null;
};

type Criterion = { id: string; label: string; source: string; evaluate: (inputs: GateInputs) => [CriterionStatus, string] };

/** Adherence the issue asks for before moving on; a product convention, not a sourced cut-off. */
const MIN_ADHERENCE_PERCENT = 70;
/** The Askling L-protocol starts about day 5 after injury if pain-free [S10c]. */
const ASKLING_START_DAY = 5;

const painWithinLimit = (phase: Phase): Criterion => ({
  id: "pain-during-exercise",
  label: `Pain during exercise at most ${MAX_PAIN_DURING[phase].value}/10 over the last 7 days`,
  source: MAX_PAIN_DURING[phase].source,
  evaluate: ({ painDuringLast7Days }) => {
    if (!painDuringLast7Days?.length) return ["missing", "No pain during exercise logged in the last 7 days"];
    const worst = Math.max(...painDuringLast7Days);
    return [worst <= MAX_PAIN_DURING[phase].value ? "met" : "not-met", `Highest logged: ${worst}/10`];
  },
});

const adherence: Criterion = {
  id: "adherence",
  label: `Adherence at least ${MIN_ADHERENCE_PERCENT} % over the last 7 days`,
  source: "design",
  evaluate: ({ adherencePercent }) =>
    adherencePercent === null
      ? ["missing", "No scheduled program in the last 7 days"]
      : [adherencePercent >= MIN_ADHERENCE_PERCENT ? "met" : "not-met", `${Math.round(adherencePercent)} %`],
};

const involvedSides = (side: GateInputs["involvedSide"]) => (side === "BOTH" ? (["LEFT", "RIGHT"] as const) : [side]);

/** Pain-free resisted knee flexion on the injured side: the Heiderscheit phase I exit test [S12]. */
const painFreeResistedKneeFlexion: Criterion = {
  id: "pain-free-resisted-knee-flexion",
  label: "Pain-free resisted knee flexion on the injured side (latest assessment)",
  source: "S12",
  evaluate: ({ latestAssessment, involvedSide }) => {
    const sides = involvedSides(involvedSide);
    const rows = latestAssessment?.rows.filter((row) => row.measureCode === "mmt-knee-flex" && row.flag !== null && sides.includes(row.side as "LEFT")) ?? [];
    if (rows.length < sides.length) return ["missing", "Pain on resisted knee flexion not recorded on the injured side"];
    const painful = rows.some((row) => row.flag);
    return [painful ? "not-met" : "met", painful ? "Pain on resisted testing" : "No pain on resisted testing"];
  },
};

const asklingTiming: Criterion = {
  id: "askling-start",
  label: `At least day ${ASKLING_START_DAY} after injury (lengthening exercises start about then)`,
  source: "S10",
  evaluate: ({ daysSinceOnset }) => [daysSinceOnset >= ASKLING_START_DAY ? "met" : "not-met", `Day ${daysSinceOnset}`],
};

/**
 * No pain on palpation, on resisted testing or on stretch in the latest assessment (RTS, [S16]): all
 * three must be recorded — NPRS on palpation and on stretch, and NPRS on resisted testing or the pain
 * question of the injured side's knee-flexion muscle test. Any pain recorded fails it at once.
 */
const noPainOnTesting: Criterion = {
  id: "no-pain-on-testing",
  label: "No pain on palpation, resisted testing or stretch (latest assessment)",
  source: "S16",
  evaluate: ({ latestAssessment, involvedSide }) => {
    const rows = latestAssessment?.rows ?? [];
    const nprs = (context: string) => rows.find((row) => row.measureCode === "nprs" && row.context === context);
    const [palpation, resisted, stretch] = [nprs("on_palpation"), nprs("on_resisted_test"), nprs("on_stretch")];
    const painfulTest = rows.some((row) => row.measureCode.startsWith("mmt-") && row.flag === true);
    const worst = Math.max(0, ...[palpation, resisted, stretch].map((row) => row?.value ?? 0));
    if (worst > 0 || painfulTest) return ["not-met", painfulTest ? "Pain on a muscle test" : `Pain up to ${worst}/10`];
    const sides = involvedSides(involvedSide);
    const kneeFlexionAsked = rows.filter((row) => row.measureCode === "mmt-knee-flex" && row.flag !== null && sides.includes(row.side as "LEFT"));
    const missing = [
      !palpation && "palpation",
      !resisted && kneeFlexionAsked.length < sides.length && "resisted testing",
      !stretch && "stretch",
    ].filter(Boolean);
    if (missing.length) return ["missing", `Pain not recorded on ${missing.join(", ")}`];
    return ["met", "No pain on palpation, resisted testing or stretch"];
  },
};

/**
 * Hamstring flexibility within measurement error of the other side: the AKE side difference at most
 * the acute-injury MDC (domain.md §3.4, "use ≤ MDD and trend"; [S2]).
 */
const similarFlexibility: Criterion = {
  id: "similar-flexibility",
  label: "Hamstring flexibility (AKE) within measurement error of the other side",
  source: "S2",
  evaluate: ({ latestAssessment, involvedSide }) => {
    const { left, right } = sidesOf(latestAssessment?.rows ?? [], "ake-knee-flex-angle");
    if (!left || !right) return ["missing", "AKE not recorded on both sides"];
    const mdc = mdcFor(measureByCode("ake-knee-flex-angle"), true)!.value;
    const deficit = involvedSide === "RIGHT" ? right.value - left.value : involvedSide === "LEFT" ? left.value - right.value : Math.abs(left.value - right.value);
    return [deficit <= mdc ? "met" : "not-met", `Side difference ${Math.max(0, deficit)}° (MDC ${mdc}°)`];
  },
};

const EXIT_CRITERIA: Record<Phase, Criterion[]> = {
  ACUTE: [painWithinLimit("ACUTE"), painFreeResistedKneeFlexion, asklingTiming, adherence],
  SUBACUTE: [painWithinLimit("SUBACUTE"), noPainOnTesting, similarFlexibility, adherence],
  PREVENTION: [],
};

/** ready: every criterion recorded and met, so the next phase can be suggested. */
export type GateEvaluation = { from: Phase; to: Phase | null; criteria: CriterionResult[]; ready: boolean };

export function evaluateGate(phase: Phase, inputs: GateInputs): GateEvaluation {
  const criteria = EXIT_CRITERIA[phase].map(({ evaluate, ...criterion }) => {
    const [status, detail] = evaluate(inputs);
    return { ...criterion, status, detail };
  });
  const to = nextPhase(phase);
  return { from: phase, to, criteria, ready: to !== null && criteria.every((criterion) => criterion.status === "met") };
}
