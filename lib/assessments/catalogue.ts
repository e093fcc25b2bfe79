import type { MeasureDefinition, Option } from "./catalogue-types";
import { MMT_GRADE_4_INDEX, MMT_MAX_INDEX } from "./mmt-grades";

/**
 * The measure catalogue. Every unit, range, threshold and MDC here comes from ../shared/domain.md
 * (§1 and §6) with its source ids; ranges tagged [design] there are input guards, not clinical facts.
 * The form, validation, findings and charts read this; nothing else hard-codes a clinical number.
 */

export const LOCAL_MEASURES_SYSTEM = "https://rehabit.example/fhir/CodeSystem/ham-msk-measures";
const LOINC = "http://loinc.org";

const DEGREES = { ucum: "deg", symbol: "°", name: "degrees" } as const;
const GONIOMETRY: readonly Option[] = [
  { value: "goniometer", label: "Goniometer" },
  { value: "inclinometer", label: "Inclinometer" },
];
const HHD_METHODS: readonly Option[] = [
  { value: "hhd-fixed", label: "Fixed / belt-stabilised HHD" },
  { value: "hhd-handheld", label: "Examiner-held HHD" },
];
const SIDE_CHOICE: readonly Option[] = [
  { value: "LEFT", label: "Left high" },
  { value: "RIGHT", label: "Right high" },
];
// domain.md §1.2: AKE and PKE record the knee flexion that remains, not the extension achieved.
const KNEE_FLEXION_CONVENTION = "Enter the knee flexion that remains: 0° = full extension, larger = tighter";

const mmt = <C extends string>(code: C, abbreviation: string, label: string, measures: string, weakness: string): MeasureDefinition & { code: C } => ({
  code,
  label,
  abbreviation,
  measures,
  finding: { name: weakness, test: "MMT" },
  section: "strength",
  kind: "grade",
  unit: { ucum: "{grade}", symbol: "", name: "Oxford grade" },
  range: { min: 0, max: MMT_MAX_INDEX, step: 1 },
  bilateral: true,
  methods: [],
  sideFlag: { label: "Pain on testing" },
  impairmentRule: "Grade 4 or below, or lower than the other side [S26] [S7]",
  threshold: { comparison: "atOrBelow", value: MMT_GRADE_4_INDEX, severity: "impaired", meaning: "grade 4 or below", source: "S26" },
  fhir: { system: LOCAL_MEASURES_SYSTEM, code },
  sources: ["S26", "S7", "S16"],
});

const hhd = <C extends string>(
  code: C,
  abbreviation: string,
  label: string,
  measures: string,
  sources: string[],
): MeasureDefinition & { code: C } => ({
  code,
  label,
  abbreviation,
  measures,
  section: "strength",
  kind: "quantity",
  unit: { ucum: "N", symbol: "N", name: "newtons" },
  range: { min: 0, max: 1000, step: 0.1 },
  bilateral: true,
  methods: HHD_METHODS,
  impairmentRule: "Limb symmetry index below 90 % [S17]",
  fhir: { system: LOCAL_MEASURES_SYSTEM, code },
  sources,
});

export const MEASURES = [
  {
    code: "ake-knee-flex-angle",
    label: "Active knee extension (90/90)",
    abbreviation: "AKE",
    finding: { name: "hamstring flexibility", test: "AKE" },
    measures: "Hamstring extensibility, active",
    section: "flexibility",
    kind: "quantity",
    unit: DEGREES,
    range: { min: 0, max: 90, step: 1 },
    bilateral: true,
    methods: GONIOMETRY,
    angleConvention: KNEE_FLEXION_CONVENTION,
    impairmentRule: "More than 20° short of full extension [S56]",
    threshold: { comparison: "above", value: 20, severity: "impaired", meaning: "more than 20° short of full extension", source: "S56" },
    mdc: {
      // domain.md gives 7–8°; the upper end is used so a change called real exceeds both.
      standard: { value: 8, population: "people with flexibility deficits", source: "S1" },
      acute: { value: 15, population: "acute hamstring injury", source: "S2" },
    },
    betterWhen: "lower",
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "ake-knee-flex-angle" },
    sources: ["S1", "S2", "S3", "S56"],
  },
  {
    code: "pke-knee-flex-angle",
    label: "Passive knee extension",
    abbreviation: "PKE",
    finding: { name: "hamstring flexibility", test: "PKE" },
    measures: "Hamstring extensibility, passive",
    section: "flexibility",
    kind: "quantity",
    unit: DEGREES,
    range: { min: 0, max: 90, step: 1 },
    bilateral: true,
    methods: GONIOMETRY,
    angleConvention: KNEE_FLEXION_CONVENTION,
    impairmentRule: "Knee angle above 40° with the hip at 90° [S4]",
    threshold: { comparison: "above", value: 40, severity: "impaired", meaning: "above 40° with the hip at 90° (short hamstrings)", source: "S4" },
    mdc: { acute: { value: 21, population: "acute hamstring injury", source: "S2" } },
    betterWhen: "lower",
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "pke-knee-flex-angle" },
    sources: ["S2", "S4"],
  },
  {
    code: "slr-passive-hip-flex",
    label: "Passive straight-leg raise",
    abbreviation: "SLR",
    finding: { name: "hamstring flexibility", test: "SLR" },
    measures: "Hamstring and neural extensibility",
    section: "flexibility",
    kind: "quantity",
    unit: DEGREES,
    range: { min: 0, max: 130, step: 1 },
    bilateral: true,
    methods: [
      { value: "inclinometer-tibia", label: "Inclinometer on tibia" },
      { value: "inclinometer-thigh", label: "Inclinometer on thigh" },
      { value: "goniometer", label: "Goniometer" },
    ],
    angleConvention: "Hip flexion from the table",
    impairmentRule: "Below 80° is limited [S57]",
    threshold: { comparison: "below", value: 80, severity: "impaired", meaning: "below 80° (limited)", source: "S57" },
    // domain.md gives 6–7° [S1]; no acute-injury value is published, so the same applies in both.
    mdc: { standard: { value: 7, population: "people with flexibility deficits", source: "S1" } },
    betterWhen: "higher",
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "slr-passive-hip-flex" },
    sources: ["S1", "S20", "S57"],
  },
  {
    code: "sit-reach",
    label: "Sit-and-reach",
    abbreviation: "Sit-and-reach",
    finding: { name: "hamstring and low-back flexibility", test: "sit-and-reach" },
    measures: "Hamstring and low-back extensibility combined",
    section: "flexibility",
    kind: "quantity",
    unit: { ucum: "cm", symbol: "cm", name: "centimetres" },
    range: { min: -40, max: 50, step: 0.5 },
    bilateral: false,
    methods: [{ value: "zero-at-feet", label: "Zero at the feet" }],
    impairmentRule: "Men −9 cm or less, women −8 cm or less is poor [S55] (author's experience)",
    // The source's table is "based on personal experience", so it flags for monitoring, not impairment.
    thresholdBySex: {
      MALE: { comparison: "atOrBelow", value: -9, severity: "monitor", meaning: "at or below −9 cm, poor for men", source: "S55" },
      FEMALE: { comparison: "atOrBelow", value: -8, severity: "monitor", meaning: "at or below −8 cm, poor for women", source: "S55" },
    },
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "sit-reach" },
    sources: ["S54", "S55"],
  },
  {
    code: "mtt-hip-angle",
    label: "Modified Thomas test: hip angle",
    abbreviation: "Thomas hip angle",
    finding: { name: "one-joint hip flexor tightness", test: "Thomas test hip angle" },
    measures: "One-joint hip-flexor length (iliopsoas)",
    section: "hipFlexors",
    kind: "quantity",
    unit: DEGREES,
    range: { min: -40, max: 40, step: 1 },
    bilateral: true,
    methods: GONIOMETRY,
    angleConvention: "Thigh against horizontal: + = above horizontal (flexed)",
    impairmentRule: "Thigh above horizontal (> 0°), only read when the pelvis was controlled [S4] [S5]",
    threshold: { comparison: "above", value: 0, severity: "impaired", meaning: "thigh above horizontal (short one-joint hip flexors)", source: "S4" },
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "mtt", component: "hip-angle" },
    sources: ["S4", "S5", "S7"],
  },
  {
    code: "mtt-knee-angle",
    label: "Modified Thomas test: knee angle",
    abbreviation: "Thomas knee angle",
    finding: { name: "two-joint hip flexor tightness", test: "Thomas test knee angle" },
    measures: "Two-joint hip-flexor length (rectus femoris, TFL)",
    section: "hipFlexors",
    kind: "quantity",
    unit: DEGREES,
    range: { min: 0, max: 150, step: 1 },
    bilateral: true,
    methods: GONIOMETRY,
    angleConvention: "Knee flexion",
    impairmentRule: "Knee flexion below 67°, only read when the pelvis was controlled [S4] [S5]",
    threshold: { comparison: "below", value: 67, severity: "impaired", meaning: "knee flexion below 67° (short two-joint hip flexors)", source: "S4" },
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "mtt", component: "knee-angle" },
    sources: ["S4", "S5", "S6"],
  },
  {
    code: "mtt-pelvis-controlled",
    label: "Modified Thomas test: pelvis controlled",
    abbreviation: "pelvis controlled",
    measures: "Whether the lumbar spine stayed flat; the test is not valid otherwise [S5]",
    section: "hipFlexors",
    kind: "yesNo",
    unit: { ucum: "1", symbol: "", name: "yes/no" },
    range: { min: 0, max: 1, step: 1 },
    bilateral: true,
    methods: [],
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "mtt", component: "pelvis-controlled" },
    sources: ["S5"],
  },
  mmt("mmt-hip-ext", "hip extension (MMT)", "Manual muscle test: hip extensors", "Gluteus maximus strength", "hip extensor (gluteus maximus) weakness"),
  mmt("mmt-hip-abd", "hip abduction (MMT)", "Manual muscle test: hip abductors", "Gluteus medius strength", "hip abductor (gluteus medius) weakness"),
  mmt("mmt-knee-flex", "knee flexion (MMT)", "Manual muscle test: knee flexors", "Hamstring strength", "knee flexor (hamstring) weakness"),
  hhd("hhd-hip-ext", "hip extension (HHD)", "Dynamometry: hip extension", "Hip-extensor isometric strength", ["S17", "S22", "S23", "S25"]),
  hhd("hhd-hip-abd", "hip abduction (HHD)", "Dynamometry: hip abduction", "Hip-abductor isometric strength", ["S17", "S22", "S7"]),
  {
    code: "slhb-reps",
    label: "Single-leg hamstring bridge",
    abbreviation: "SLHB",
    finding: { name: "hamstring endurance", test: "single-leg hamstring bridge" },
    measures: "Hamstring and posterior-chain endurance",
    section: "strength",
    kind: "quantity",
    unit: { ucum: "{#}", symbol: "reps", name: "repetitions" },
    range: { min: 0, max: 150, step: 1 },
    bilateral: true,
    methods: [],
    impairmentRule: "Fewer than 20 is poor (provisional norm from a secondary source) [S21]",
    threshold: { comparison: "below", value: 20, severity: "monitor", meaning: "fewer than 20, poor on a provisional norm", source: "S21" },
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "slhb-reps" },
    sources: ["S21"],
  },
  {
    code: "pelvic-tilt-sagittal",
    label: "Sagittal pelvic tilt",
    abbreviation: "pelvic tilt",
    measures: "Static pelvic orientation (ASIS–PSIS line)",
    section: "pelvis",
    kind: "quantity",
    unit: DEGREES,
    range: { min: -20, max: 35, step: 1 },
    bilateral: true,
    methods: [
      { value: "palm", label: "PALM palpation meter" },
      { value: "inclinometer", label: "Inclinometer" },
    ],
    angleConvention: "+ = anterior tilt (ASIS lower)",
    // No validated cut-off: shown as a value and trend only, never as an impairment [S27] [S28].
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "pelvic-tilt-sagittal" },
    sources: ["S27", "S28", "S29", "S61"],
  },
  {
    code: "iliac-crest-diff",
    label: "Iliac-crest height difference",
    abbreviation: "Iliac-crest difference",
    measures: "Frontal-plane pelvic asymmetry",
    section: "pelvis",
    kind: "quantity",
    unit: { ucum: "mm", symbol: "mm", name: "millimetres" },
    range: { min: 0, max: 60, step: 1 },
    bilateral: false,
    methods: [
      { value: "palm", label: "PALM palpation meter" },
      { value: "blocks", label: "Blocks or book under the low side" },
    ],
    choice: { label: "High side", options: SIDE_CHOICE },
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "iliac-crest-diff" },
    sources: ["S33", "S61"],
  },
  {
    code: "leg-length-true",
    label: "True leg length (ASIS to medial malleolus)",
    abbreviation: "true leg length",
    measures: "Anatomic limb length",
    section: "legLength",
    kind: "quantity",
    unit: { ucum: "cm", symbol: "cm", name: "centimetres" },
    range: { min: 50, max: 120, step: 0.1 },
    bilateral: true,
    methods: [
      { value: "tape", label: "Tape measure (mean of two)" },
      { value: "block", label: "Block test" },
      { value: "imaging", label: "Imaging" },
    ],
    impairmentRule: "Difference: below 10 mm normal variation, 10–19 mm monitor, 20 mm or more clinically relevant [S30]; tape-only ≥ 10 mm needs a block test [S31] [S34]",
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "leg-length-true" },
    sources: ["S30", "S31", "S32", "S34", "S35"],
  },
  {
    code: "leg-length-apparent",
    label: "Apparent leg length",
    abbreviation: "apparent leg length",
    measures: "Limb length including pelvic obliquity or contracture",
    section: "legLength",
    kind: "quantity",
    unit: { ucum: "cm", symbol: "cm", name: "centimetres" },
    range: { min: 50, max: 130, step: 0.1 },
    bilateral: true,
    // Landmarks disagree between sources, so the one used is stored [S35].
    methods: [
      { value: "umbilicus", label: "From the umbilicus" },
      { value: "xiphisternum", label: "From the xiphisternum" },
      { value: "pubic-symphysis", label: "From the pubic symphysis" },
    ],
    fhir: { system: LOCAL_MEASURES_SYSTEM, code: "leg-length-apparent" },
    sources: ["S30", "S35"],
  },
  {
    code: "nprs",
    label: "Pain (numeric rating scale)",
    abbreviation: "Pain",
    finding: { name: "severe pain", test: "NPRS" },
    measures: "Pain intensity, 0 = none, 10 = worst imaginable",
    section: "pain",
    kind: "quantity",
    unit: { ucum: "{score}", symbol: "/10", name: "points" },
    range: { min: 0, max: 10, step: 1 },
    bilateral: false,
    methods: [],
    contexts: [
      { value: "rest", label: "At rest" },
      { value: "activity", label: "During activity" },
      { value: "during_exercise", label: "During exercise" },
      { value: "24h_after", label: "24 hours after exercise" },
      { value: "worst_24h", label: "Worst in 24 hours" },
      { value: "on_palpation", label: "On palpation" },
      { value: "on_resisted_test", label: "On resisted testing" },
      { value: "on_stretch", label: "On stretch" },
    ],
    // 7 and above is the "pain ≥ 7" alert level, a product convention rather than a sourced cut-off.
    impairmentRule: "7 or more is severe pain (product convention)",
    threshold: { comparison: "atOrAbove", value: 7, severity: "impaired", meaning: "7 or more", source: "design" },
    mdc: { standard: { value: 2, population: "pain (MCID, 'much better')", source: "S36" } },
    minimalChange: { value: 1, population: "pain (MCID, 'minimal')", source: "S36" },
    betterWhen: "lower",
    fhir: { system: LOINC, code: "72514-3" },
    sources: ["S36", "S37", "S38"],
  },
] as const satisfies readonly MeasureDefinition[];

export type MeasureCode = (typeof MEASURES)[number]["code"];

const BY_CODE = new Map<string, MeasureDefinition>(MEASURES.map((measure) => [measure.code, measure]));

export function measureByCode(code: MeasureCode): MeasureDefinition {
  return BY_CODE.get(code)!;
}

export function isMeasureCode(code: string): code is MeasureCode {
  return BY_CODE.has(code);
}

/** Dynamometry: a limb symmetry index below 90 % is impaired (domain.md §1.1 rows 7–8, [S17]; expert opinion). */
export const LSI_THRESHOLD = { belowPercent: 90, source: "S17" } as const;

/**
 * Leg-length discrepancy tiers (domain.md §1.4, R-LLD): under 10 mm normal variation, 10–19 mm monitor,
 * 20 mm or more clinically relevant [S30]; a tape-only difference of 10 mm or more should be confirmed
 * with a block test or imaging [S31] [S34].
 */
export const LEG_LENGTH_TIERS = { monitorFromMm: 10, relevantFromMm: 20, confirmTapeFromMm: 10, sources: ["S30", "S31", "S34"] } as const;

/** Body mass turns dynamometry force into N/kg. The range is a [design] input guard. */
export const BODY_MASS_RANGE = { min: 20, max: 300, step: 0.1 } as const;

export const SECTIONS = [
  { id: "flexibility", label: "Flexibility" },
  { id: "hipFlexors", label: "Hip flexors" },
  { id: "strength", label: "Strength" },
  { id: "pelvis", label: "Pelvis" },
  { id: "legLength", label: "Leg length" },
  { id: "pain", label: "Pain" },
] as const;
