import { MEASURES, SECTIONS, type MeasureCode } from "@/lib/assessments/catalogue";

/**
 * What the measure chart can show: every catalogue measure that has a value to plot (not the yes/no
 * "pelvis controlled" check), plus the two quantities derived from a pair of limbs — leg-length
 * discrepancy (domain.md §1.4) and limb symmetry of dynamometry (domain.md §1.0 rule 5). The derived
 * codes match the finding codes of lib/assessments/findings.ts.
 */
export const DERIVED_MEASURES = [
  { code: "lld-true", label: "Leg-length discrepancy (true)", kind: "lld", from: "leg-length-true" },
  { code: "lld-apparent", label: "Leg-length discrepancy (apparent)", kind: "lld", from: "leg-length-apparent" },
  { code: "lsi-hhd-hip-ext", label: "Limb symmetry index: hip extension (HHD)", kind: "lsi", from: "hhd-hip-ext" },
  { code: "lsi-hhd-hip-abd", label: "Limb symmetry index: hip abduction (HHD)", kind: "lsi", from: "hhd-hip-abd" },
] as const;

export type DerivedMeasure = (typeof DERIVED_MEASURES)[number];
export type DerivedMeasureCode = DerivedMeasure["code"];

const PLOTTED = MEASURES.filter((measure) => measure.kind !== "yesNo");
export type ChartMeasureCode = Exclude<MeasureCode, "mtt-pelvis-controlled"> | DerivedMeasureCode;

export const CHART_MEASURE_CODES = [...PLOTTED.map((measure) => measure.code), ...DERIVED_MEASURES.map((measure) => measure.code)] as [
  ChartMeasureCode,
  ...ChartMeasureCode[],
];

/** The hamstring-flexibility reference test (domain.md §1.2) is what the chart opens on. */
export const DEFAULT_CHART_MEASURE: ChartMeasureCode = "ake-knee-flex-angle";

export type ChartMeasureGroup = { label: string; options: { value: ChartMeasureCode; label: string }[] };

/** The picker's choices, grouped as the assessment form groups them, derived quantities last. */
export const CHART_MEASURE_GROUPS: readonly ChartMeasureGroup[] = [
  ...SECTIONS.map((section) => ({
    label: section.label,
    options: PLOTTED.filter((measure) => measure.section === section.id).map((measure) => ({
      value: measure.code as ChartMeasureCode,
      label: measure.label,
    })),
  })),
  { label: "Derived", options: DERIVED_MEASURES.map((measure) => ({ value: measure.code, label: measure.label })) },
];

export function derivedMeasure(code: ChartMeasureCode): DerivedMeasure | undefined {
  return DERIVED_MEASURES.find((measure) => measure.code === code);
}

export function chartMeasureLabel(code: ChartMeasureCode): string {
  return CHART_MEASURE_GROUPS.flatMap((group) => group.options).find((option) => option.value === code)?.label ?? code;
}
