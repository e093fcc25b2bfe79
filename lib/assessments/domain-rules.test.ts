import { describe, expect, it } from "vitest";
import { LEFS_MCID, LEFS_MAX_TOTAL } from "@/lib/lefs/items";
import { LEG_LENGTH_TIERS, LSI_THRESHOLD, measureByCode, type MeasureCode } from "./catalogue";
import type { Threshold } from "./catalogue-types";
import { mdcFor } from "./changes";
import { crosses } from "./findings";
import { mmtGradeIndex } from "./mmt-grades";

/**
 * The rules table: every range, threshold and MDC of ../shared/domain.md §1.1 and §6 as one table,
 * checked against the catalogue the form, findings and charts read. A number changed in one place and
 * not the other fails here, with the domain.md row it came from in the test name.
 */

type RangeRow = { code: MeasureCode; min: number; max: number; row: string };
const RANGES: RangeRow[] = [
  { code: "ake-knee-flex-angle", min: 0, max: 90, row: "§1.1 #1" },
  { code: "pke-knee-flex-angle", min: 0, max: 90, row: "§1.1 #2" },
  { code: "slr-passive-hip-flex", min: 0, max: 130, row: "§1.1 #3" },
  { code: "sit-reach", min: -40, max: 50, row: "§1.1 #4" },
  { code: "mtt-hip-angle", min: -40, max: 40, row: "§1.1 #5 hip" },
  { code: "mtt-knee-angle", min: 0, max: 150, row: "§1.1 #5 knee" },
  { code: "hhd-hip-ext", min: 0, max: 1000, row: "§1.1 #7" },
  { code: "hhd-hip-abd", min: 0, max: 1000, row: "§1.1 #8" },
  { code: "slhb-reps", min: 0, max: 150, row: "§1.1 #9" },
  { code: "pelvic-tilt-sagittal", min: -20, max: 35, row: "§1.1 #13" },
  { code: "iliac-crest-diff", min: 0, max: 60, row: "§1.1 #14" },
  { code: "leg-length-true", min: 50, max: 120, row: "§1.1 #15" },
  { code: "leg-length-apparent", min: 50, max: 130, row: "§1.1 #16" },
  { code: "nprs", min: 0, max: 10, row: "§1.1 #18" },
];

/** `normal` is the last value that is not flagged, `flagged` the first that is. */
type ThresholdRow = { code: MeasureCode; normal: number; flagged: number; source: string; rule: string };
const THRESHOLDS: ThresholdRow[] = [
  { code: "ake-knee-flex-angle", normal: 20, flagged: 21, source: "S56", rule: "R-AKE: more than 20° short of extension" },
  { code: "pke-knee-flex-angle", normal: 40, flagged: 41, source: "S4", rule: "R-AKE: PKE above 40°" },
  { code: "slr-passive-hip-flex", normal: 80, flagged: 79, source: "S57", rule: "R-SLR: SLR below 80°" },
  { code: "mtt-hip-angle", normal: 0, flagged: 1, source: "S4", rule: "R-MTT: hip above horizontal" },
  { code: "mtt-knee-angle", normal: 67, flagged: 66, source: "S4", rule: "R-MTT: knee below 67°" },
  { code: "slhb-reps", normal: 20, flagged: 19, source: "S21", rule: "SLHB: fewer than 20 reps poor" },
  ...(["mmt-hip-ext", "mmt-hip-abd", "mmt-knee-flex"] as const).map((code) => ({
    code,
    normal: mmtGradeIndex("4+")!,
    flagged: mmtGradeIndex("4")!,
    source: "S26",
    rule: `${code}: grade 4 or below`,
  })),
  { code: "nprs", normal: 6, flagged: 7, source: "design", rule: "NPRS: severe pain from 7" },
];

type MdcRow = { code: MeasureCode; standard: number | null; acute: number | null; sources: string[]; rule: string };
const MDCS: MdcRow[] = [
  // domain.md gives 7–8° [S1]; the catalogue takes the upper end so that noise is never called change.
  { code: "ake-knee-flex-angle", standard: 8, acute: 15, sources: ["S1", "S2"], rule: "R-MDC: AKE 7–8° / 15° acute" },
  { code: "pke-knee-flex-angle", standard: null, acute: 21, sources: ["S2"], rule: "R-MDC: PKE 21° acute" },
  { code: "slr-passive-hip-flex", standard: 7, acute: null, sources: ["S1"], rule: "R-MDC: SLR 6–7°" },
  { code: "nprs", standard: 2, acute: null, sources: ["S36"], rule: "R-MDC: NPRS 2" },
];

function expectBoundary(threshold: Threshold | undefined, normal: number, flagged: number) {
  expect(threshold).toBeDefined();
  expect(crosses(threshold!, normal)).toBe(false);
  expect(crosses(threshold!, flagged)).toBe(true);
}

describe("domain.md rules table", () => {
  it.each(RANGES)("$code accepts $min to $max ($row, [design] input guard)", ({ code, min, max }) => {
    expect(measureByCode(code).range).toMatchObject({ min, max });
  });

  it.each(THRESHOLDS)("$rule [$source]: $normal is not flagged, $flagged is", ({ code, normal, flagged, source }) => {
    const { threshold } = measureByCode(code);
    expectBoundary(threshold, normal, flagged);
    expect(threshold!.source).toBe(source);
  });

  it("sit-and-reach: men ≤ −9 cm and women ≤ −8 cm are poor [S55]", () => {
    const bySex = measureByCode("sit-reach").thresholdBySex!;
    expectBoundary(bySex.MALE, -8.5, -9);
    expectBoundary(bySex.FEMALE, -7.5, -8);
  });

  it.each(MDCS)("$rule", ({ code, standard, acute, sources }) => {
    const measure = measureByCode(code);
    // Outside an acute phase an acute-only MDC does not apply: the change is left unjudged.
    expect(mdcFor(measure, false)?.value ?? null).toBe(standard);
    expect(mdcFor(measure, true)?.value ?? null).toBe(acute ?? standard);
    const cited = [measure.mdc?.standard?.source, measure.mdc?.acute?.source].filter(Boolean);
    expect(cited).toEqual(sources);
  });

  it("NPRS MCID: 1 point is a minimal change, 2 an important one [S36]", () => {
    const nprs = measureByCode("nprs");
    expect(nprs.minimalChange).toMatchObject({ value: 1, source: "S36" });
    expect(nprs.mdc?.standard).toMatchObject({ value: 2, source: "S36" });
  });

  it("R-LSI: strength LSI below 90 % is impaired [S17]", () => {
    expect(LSI_THRESHOLD).toEqual({ belowPercent: 90, source: "S17" });
  });

  it("R-LLD: 10–19 mm monitor, 20 mm or more relevant, tape-only from 10 mm confirm [S30 S31 S34]", () => {
    expect(LEG_LENGTH_TIERS).toMatchObject({ monitorFromMm: 10, relevantFromMm: 20, confirmTapeFromMm: 10 });
  });

  it("R-MDC: LEFS 0–80 with a 9-point MDC/MCID [S40]", () => {
    expect(LEFS_MAX_TOTAL).toBe(80);
    expect(LEFS_MCID).toBe(9);
  });
});
