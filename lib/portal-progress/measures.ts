import { measureByCode, type MeasureCode } from "@/lib/assessments/catalogue";
import type { MeasureDefinition } from "@/lib/assessments/catalogue-types";
import { acuteBetween, changesSince, mdcFor } from "@/lib/assessments/changes";
import type { MeasurementRow } from "@/lib/assessments/measurement-form-mapping";
import { mmtGradeLabel } from "@/lib/assessments/mmt-grades";
import { exerciseByCode } from "@/lib/exercises/library";
import type { Target } from "@/lib/exercises/library-types";

/**
 * The one or two measures a patient's current program works on, told in plain words: "Your right
 * hamstring flexibility has improved by 22° since you started". First against latest assessment of the
 * episode, judged by changes.ts against the catalogue's MDC (domain.md §1.0 rule 4, §6 R-MDC), so a
 * change is only called better or worse when it is larger than measurement error. No test names or
 * abbreviations reach the patient.
 */

type LimbSide = "LEFT" | "RIGHT";

type PlainMeasure = {
  title: string;
  /** How the test is done, so two tests of the same muscle can be told apart. */
  how: string;
  /** The noun phrase with the side in it, e.g. "your right hamstring flexibility". */
  phrase: (side: string) => string;
};

// MRC grade 5 is "normal power" (domain.md §1.3, [S26]).
const GRADED = "Your clinician's strength test, graded from 0 to 5, where 5 is full strength.";
const GAUGE = "Measured with a hand-held strength gauge, in newtons.";

const PLAIN: Partial<Record<MeasureCode, PlainMeasure>> = {
  "ake-knee-flex-angle": {
    title: "Hamstring flexibility",
    how: "How far you can straighten your knee while your hip is bent.",
    phrase: (side) => `your ${side} hamstring flexibility`,
  },
  "slr-passive-hip-flex": {
    title: "Straight-leg raise",
    how: "How high your leg can be lifted with the knee kept straight.",
    phrase: (side) => `your ${side} straight-leg raise`,
  },
  "pke-knee-flex-angle": {
    title: "Assisted hamstring flexibility",
    how: "How far your clinician can straighten your knee while your hip is bent.",
    phrase: (side) => `your ${side} assisted hamstring flexibility`,
  },
  "mmt-knee-flex": { title: "Hamstring strength", how: GRADED, phrase: (side) => `your ${side} hamstring strength` },
  "slhb-reps": {
    title: "Hamstring endurance",
    how: "How many single-leg bridges you can do in a row.",
    phrase: (side) => `your ${side} hamstring endurance`,
  },
  "hhd-hip-ext": { title: "Buttock strength", how: GAUGE, phrase: (side) => `your ${side} buttock strength` },
  "mmt-hip-ext": { title: "Buttock strength", how: GRADED, phrase: (side) => `your ${side} buttock strength` },
  "hhd-hip-abd": { title: "Side-of-hip strength", how: GAUGE, phrase: (side) => `the strength at the side of your ${side} hip` },
  "mmt-hip-abd": { title: "Side-of-hip strength", how: GRADED, phrase: (side) => `the strength at the side of your ${side} hip` },
};

/**
 * Which measures show whether work on a target is paying off, best first: an angle with a published
 * MDC before a grade, a dynamometer force before a manual grade (domain.md §1.1 row 6: MMT is coarse
 * at grades 4–5). Hip flexors have none here: the catalogue gives the Thomas test no better direction
 * and it is only read with the pelvis controlled [S5]. CORE and GENERAL map to no measure.
 */
const MEASURES_FOR_TARGET: Partial<Record<Target, readonly MeasureCode[]>> = {
  HAMSTRINGS: ["ake-knee-flex-angle", "slr-passive-hip-flex", "pke-knee-flex-angle", "mmt-knee-flex", "slhb-reps"],
  GLUTEUS_MAXIMUS: ["hhd-hip-ext", "mmt-hip-ext"],
  GLUTEUS_MEDIUS: ["hhd-hip-abd", "mmt-hip-abd"],
};

/** Ties between equally worked targets go to the injured muscle first. */
const TARGET_ORDER: readonly Target[] = ["HAMSTRINGS", "GLUTEUS_MAXIMUS", "GLUTEUS_MEDIUS"];

/** Every code this module can report on, so the data layer loads only these measurements. */
export const PORTAL_MEASURE_CODES = Object.keys(PLAIN) as MeasureCode[];

export const MAX_PORTAL_MEASURES = 2;

/** One assessment's rows, and whether its episode was acute that day (lib/assessments/phase-at-measurement.ts). */
export type AssessmentValues = { assessedOn: string; acutePhase: boolean; rows: readonly MeasurementRow[] };

export type MeasureProgressInput = {
  /** The exercise codes of the current program version. */
  exerciseCodes: readonly string[];
  /** The episode's assessments, oldest first. */
  assessments: readonly AssessmentValues[];
  /** The episode's injured side: its limb is the one reported (both limbs for BOTH). */
  side: "LEFT" | "RIGHT" | "BOTH";
};

export type MeasureVerdict = "improved" | "same" | "worse" | "not-judged";

export type MeasureLine = { side: LimbSide; verdict: MeasureVerdict; text: string; note: string | null };

export type MeasureProgress = { code: MeasureCode; title: string; how: string; lines: MeasureLine[] };

/**
 * Up to two measures the program targets that were tested at least twice in the episode: the best
 * re-tested measure of each targeted muscle in turn (most-worked muscle first), so a program for
 * hamstrings and glutes shows one of each before a second hamstring test.
 */
export function measureProgress({ exerciseCodes, assessments, side }: MeasureProgressInput): MeasureProgress[] {
  const sides: LimbSide[] = side === "BOTH" ? ["LEFT", "RIGHT"] : [side];
  const progressOf = (code: MeasureCode): MeasureProgress | null => {
    const lines = sides.flatMap((limb) => {
      const pair = firstAndLatest(assessments, code, limb);
      return pair ? [describeChange(code, limb, pair)] : [];
    });
    const plain = PLAIN[code]!;
    return lines.length ? { code, title: plain.title, how: plain.how, lines } : null;
  };
  const perTarget = targetedMeasures(exerciseCodes).map((codes) => codes.map(progressOf).filter((progress) => progress !== null));
  const picked: MeasureProgress[] = [];
  for (let rank = 0; picked.length < MAX_PORTAL_MEASURES && perTarget.some((list) => rank < list.length); rank++) {
    for (const progress of perTarget.map((list) => list[rank])) {
      if (progress && picked.length < MAX_PORTAL_MEASURES && !picked.some((other) => other.code === progress.code)) picked.push(progress);
    }
  }
  return picked;
}

/** The measures of each muscle the program works, best first, the most-worked muscle first. */
export function targetedMeasures(exerciseCodes: readonly string[]): MeasureCode[][] {
  const emphasis = new Map<Target, number>();
  for (const code of exerciseCodes) {
    for (const target of exerciseByCode(code)?.targets ?? []) emphasis.set(target, (emphasis.get(target) ?? 0) + 1);
  }
  return TARGET_ORDER.filter((target) => emphasis.has(target))
    .sort((a, b) => emphasis.get(b)! - emphasis.get(a)!)
    .map((target) => [...(MEASURES_FOR_TARGET[target] ?? [])]);
}

/** The first and latest values, and whether the pair is judged with the acute-injury MDC (acuteBetween, as the clinician's views). */
type Pair = { first: MeasurementRow; latest: MeasurementRow; acute: boolean };

/**
 * The earliest and latest values of one limb, from two different assessments. Values taken with a
 * different instrument are not comparable (domain.md §1.0 rule 2), so such a pair is left out.
 */
function firstAndLatest(assessments: readonly AssessmentValues[], code: MeasureCode, side: LimbSide): Pair | null {
  const values = assessments.flatMap((assessment) =>
    assessment.rows.filter((row) => row.measureCode === code && row.side === side).map((row) => ({ row, acutePhase: assessment.acutePhase })),
  );
  const first = values[0];
  const latest = values.at(-1);
  if (values.length < 2 || !first || !latest || first.row.method !== latest.row.method) return null;
  return { first: first.row, latest: latest.row, acute: acuteBetween(first, latest) };
}

function describeChange(code: MeasureCode, side: LimbSide, { first, latest, acute }: Pair): MeasureLine {
  const measure = measureByCode(code);
  const phrase = PLAIN[code]!.phrase(side === "LEFT" ? "left" : "right");
  const subject = `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
  const mdc = mdcFor(measure, acute)?.value;
  if (mdc === undefined) {
    // No published MDC: the values are reported, never judged better or worse.
    const text =
      first.value === latest.value
        ? `${subject} is ${plainValue(measure, latest.value)}, the same as when you started.`
        : `${subject} was ${plainValue(measure, first.value)} when you started and is ${plainValue(measure, latest.value)} now.`;
    return { side, verdict: "not-judged", text, note: null };
  }
  const change = changesSince([first], [latest], acute)[0];
  if (!change || change.verdict !== "real") {
    return {
      side,
      verdict: "same",
      text: `${subject} is about the same as when you started.`,
      note: `Changes smaller than ${plainSize(measure, mdc)} can come from the test itself, so they are not counted.`,
    };
  }
  const better = (change.delta < 0) === (measure.betterWhen === "lower");
  const size = plainSize(measure, Math.abs(change.delta));
  return better
    ? { side, verdict: "improved", text: `${subject} has improved by ${size} since you started.`, note: null }
    : { side, verdict: "worse", text: `${subject} is ${size} worse than when you started.`, note: null };
}

const roundForDisplay = (value: number) => Math.round(value * 10) / 10;

/** "22°", "5 repetitions", "31.5 newtons": units spelled out, as a patient would say them. */
function plainSize(measure: MeasureDefinition, amount: number): string {
  const value = roundForDisplay(amount);
  if (measure.unit.symbol === "°") return `${value}°`;
  const name = value === 1 ? measure.unit.name.replace(/s$/, "") : measure.unit.name;
  return `${value} ${name}`;
}

function plainValue(measure: MeasureDefinition, value: number): string {
  return measure.kind === "grade" ? `graded ${mmtGradeLabel(value)} out of 5` : plainSize(measure, value);
}
