/**
 * Demo assessments: 2–5 per patient, one every 1–3 weeks, the last within the past week, with values
 * that trend toward recovery of one injured hamstring. Each is built through the assessment form's
 * own pure functions (emptyAssessment → form strings → toMeasurementRows), so the seed stores exactly
 * what the form would. Deterministic: every choice comes from the seeded faker passed in.
 */
import type { Faker } from "@faker-js/faker";
import { measureByCode, type MeasureCode } from "../lib/assessments/catalogue";
import { toMeasurementRows, type MeasurementRow } from "../lib/assessments/measurement-form-mapping";
import { emptyAssessment, type AssessmentFormValues } from "../lib/assessments/schema";
import { todayIsoDate } from "../lib/core/dates";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { toIsoDate } from "../lib/core/calendar";

/** Value at the first and at the last assessment; those between lie on the line with some noise. */
type Trend = readonly [start: number, end: number];
type Limbs = { involved: Trend; other: Trend };
/** How leg length was examined, rotated over patients so every tier of findings.ts shows up. */
type LegLength = "none" | "equal" | "tape-monitor" | "block-relevant" | "functional";

export type SeedPatient = { id: string; clinicId: string; recordNumber: string; sex: "FEMALE" | "MALE" | "OTHER" | "UNKNOWN" };
export type PatientProfile = ReturnType<typeof randomProfile>;
export type BuiltAssessment = {
  assessment: { id: string; clinicId: string; patientId: string; clinicianId: string; assessedOn: Date; bodyMassKg: number | null; requestId: string };
  rows: MeasurementRow[];
};

/** Demo patient Jordan Lee (Northside), whose record tells the product's story; see jordanLeeProfile. */
export const JORDAN_LEE_RECORD = "N-1001";

const LEG_LENGTH_ROTATION: readonly LegLength[] = ["none", "block-relevant", "equal", "none", "tape-monitor", "none", "functional", "equal", "none", "none"];

const lerp = ([start, end]: Trend, progress: number) => start + (end - start) * progress;
const limbs = (involved: Trend, other: Trend): Limbs => ({ involved, other });

/** Rounded to the measure's step and clamped to its catalogue range, as the form would accept it. */
function formText(code: MeasureCode, value: number): string {
  const { min, max, step } = measureByCode(code).range;
  const stepped = Math.round(value / step) * step;
  return String(Number(Math.min(max, Math.max(min, stepped)).toFixed(step < 1 ? 1 : 0)));
}

/**
 * One patient's recovery: the involved limb starts impaired and closes on the other, which barely
 * changes. Angles are degrees, MMT the stored ordinal index (mmt-grades.ts: 7 = 3+, 9 = 4, 12 = 5).
 */
export function randomProfile(faker: Faker, patient: SeedPatient, index: number) {
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const female = patient.sex === "FEMALE";
  const pick = <T>(values: readonly T[]) => faker.helpers.arrayElement(values);
  const steady = (min: number, max: number, drift: number): Trend => ((start) => [start, start + int(Math.min(0, drift), Math.max(0, drift))])(int(min, max));
  // Dynamometry: the involved limb's share of the other's force, closing 6–20 points, never past 100 %.
  const symmetry = (min: number, max: number): Trend => ((start) => [start, Math.min(1, start + faker.number.float({ min: 0.06, max: 0.2 }))])(faker.number.float({ min, max }));
  const akeStart = int(28, 42);
  const slrStart = int(52, 72);
  const kneeFlexStart = int(7, 9);
  return {
    count: int(2, 5),
    involved: pick(["LEFT", "RIGHT"] as const),
    /** Scales the chance of each optional measure at follow-ups; the baseline is the thorough one. */
    thoroughness: faker.number.float({ min: 0.6, max: 1.2 }),
    /** Degrees of visit-to-visit scatter on angles: measurement error is real (domain.md §1.0 rule 4). */
    noise: 2,
    methods: {
      goniometry: pick(["goniometer", "inclinometer"]),
      slr: pick(["inclinometer-tibia", "inclinometer-thigh", "goniometer"]),
      hhd: pick(["hhd-fixed", "hhd-handheld"]),
      tilt: pick(["palm", "inclinometer"]),
    },
    bodyMassKg: faker.number.float({ min: female ? 52 : 64, max: female ? 80 : 98, fractionDigits: 1 }),
    ake: limbs([akeStart, akeStart - int(10, 20)], steady(10, 20, -3)),
    pke: limbs([akeStart + int(6, 12), akeStart - int(2, 8)], steady(18, 28, -3)),
    slr: limbs([slrStart, slrStart + int(10, 22)], steady(78, 92, 4)),
    mttHip: limbs([int(-4, 8), int(-12, -2)], steady(-10, 0, -2)),
    mttKnee: limbs([int(55, 68), int(64, 76)], steady(64, 78, 2)),
    slhb: limbs([int(8, 18), int(18, 30)], steady(18, 28, 4)),
    mmtKneeFlex: limbs([kneeFlexStart, kneeFlexStart + int(2, 4)], [int(10, 12), 12]),
    mmtHipExt: limbs([int(8, 10), int(10, 12)], [int(10, 12), 12]),
    mmtHipAbd: limbs([int(8, 11), int(10, 12)], [int(11, 12), 12]),
    /** The uninvolved limb's force in N and the involved limb's share of it. */
    hhdExt: { otherN: int(female ? 150 : 200, female ? 260 : 340), lsi: symmetry(0.7, 0.92) },
    hhdAbd: { otherN: int(female ? 120 : 150, female ? 200 : 260), lsi: symmetry(0.78, 0.96) },
    painActivity: [int(4, 8), int(0, 2)] as Trend,
    sitReach: steady(female ? -10 : -14, female ? 8 : 4, 9),
    tiltDeg: int(4, 16),
    legLength: LEG_LENGTH_ROTATION[index % LEG_LENGTH_ROTATION.length]!,
    legCm: faker.number.float({ min: female ? 78 : 84, max: female ? 94 : 102, fractionDigits: 1 }),
    lldMm: int(0, 6),
  };
}

/**
 * Jordan Lee's right hamstring: AKE improves by more than the 8° MDC at each of three visits while
 * pain falls from severe and knee-flexor strength rises 3+ → 4 → 5−.
 */
export function jordanLeeProfile(base: PatientProfile): PatientProfile {
  return {
    ...base,
    count: 3,
    involved: "RIGHT",
    thoroughness: 1.2,
    noise: 1,
    ake: limbs([41, 18], [15, 13]),
    slr: limbs([60, 82], [86, 88]),
    mmtKneeFlex: limbs([7, 11], [12, 12]),
    painActivity: [7, 2],
    hhdExt: { otherN: 265, lsi: [0.78, 0.94] },
    legLength: "tape-monitor",
  };
}

/** Assessment dates, oldest first: the last 1–7 days ago, each earlier one 1–3 weeks before the next. */
export function assessmentDates(faker: Faker, count: number, today: string): string[] {
  let day = new Date(`${today}T00:00:00Z`).getTime() - faker.number.int({ min: 1, max: 7 }) * 86_400_000;
  const dates: string[] = [];
  for (let i = 0; i < count; i++) {
    dates.unshift(toIsoDate(new Date(day)));
    day -= faker.number.int({ min: 7, max: 21 }) * 86_400_000;
  }
  return dates;
}

/** Writes the involved and the other limb's values into the form's left and right fields, with the method. */
function setLimbs(form: AssessmentFormValues, involvedSide: "LEFT" | "RIGHT", code: MeasureCode, involved: number, other: number, method?: string): void {
  const [left, right] = involvedSide === "LEFT" ? [involved, other] : [other, involved];
  Object.assign(form.measures[code], { left: formText(code, left), right: formText(code, right) }, method ? { method } : {});
}

/** Share of the way from first to last values at each visit; recovery is not perfectly linear. */
function progressions(faker: Faker, count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    const linear = i / (count - 1);
    return i === 0 || i === count - 1 ? linear : linear + faker.number.float({ min: -0.05, max: 0.05 });
  });
}

function fillAssessment(faker: Faker, profile: PatientProfile, visit: number, progress: number, form: AssessmentFormValues): void {
  const baseline = visit === 0;
  // The first visit is the full examination; follow-ups re-test a subset, as clinicians do.
  const measured = (atBaseline: number, atFollowUp: number) =>
    faker.datatype.boolean({ probability: baseline ? atBaseline : atFollowUp * profile.thoroughness });
  const jitter = (spread: number) => (spread === 0 ? 0 : faker.number.int({ min: -spread, max: spread }));
  const m = form.measures;
  const trended = (code: MeasureCode, limbs: Limbs, spread: number, method?: string) =>
    setLimbs(form, profile.involved, code, lerp(limbs.involved, progress) + jitter(spread), lerp(limbs.other, progress) + jitter(spread), method);

  const pain = Math.max(0, lerp(profile.painActivity, progress) + jitter(baseline ? 0 : 1));
  m.nprs.contexts.activity = formText("nprs", pain);
  if (measured(0.7, 0.5)) m.nprs.contexts.rest = formText("nprs", pain - 2 - jitter(1));
  if (measured(0.6, 0.4)) m.nprs.contexts.on_stretch = formText("nprs", pain + jitter(1));

  if (measured(1, 0.85)) trended("ake-knee-flex-angle", profile.ake, profile.noise, profile.methods.goniometry);
  if (measured(0.3, 0.15)) trended("pke-knee-flex-angle", profile.pke, profile.noise, profile.methods.goniometry);
  if (measured(0.8, 0.6)) trended("slr-passive-hip-flex", profile.slr, profile.noise, profile.methods.slr);
  if (measured(0.35, 0.2)) m["sit-reach"].value = formText("sit-reach", lerp(profile.sitReach, progress) + jitter(1));
  if (measured(0.45, 0.2)) {
    trended("mtt-hip-angle", profile.mttHip, profile.noise, profile.methods.goniometry);
    trended("mtt-knee-angle", profile.mttKnee, profile.noise, profile.methods.goniometry);
    // Now and then the lumbar spine lifts on one side, so that side's Thomas test is not interpreted [S5].
    setLimbs(form, profile.involved, "mtt-pelvis-controlled", faker.datatype.boolean({ probability: 0.9 }) ? 1 : 0, 1);
  }
  if (measured(0.85, 0.6)) {
    // Grades are ordinal: rounding the line keeps them whole and never lets them fall between visits.
    trended("mmt-knee-flex", profile.mmtKneeFlex, 0);
    trended("mmt-hip-ext", profile.mmtHipExt, 0);
    trended("mmt-hip-abd", profile.mmtHipAbd, 0);
    // Pain on resisted testing is asked on both sides; only the injured one hurts, and only early on.
    const painful = progress < 0.5 && faker.datatype.boolean({ probability: 0.5 });
    m["mmt-knee-flex"].flagLeft = profile.involved === "LEFT" && painful ? "yes" : "no";
    m["mmt-knee-flex"].flagRight = profile.involved === "RIGHT" && painful ? "yes" : "no";
  }
  if (measured(0.6, 0.45)) {
    for (const [code, hhd] of [["hhd-hip-ext", profile.hhdExt], ["hhd-hip-abd", profile.hhdAbd]] as const) {
      const other = hhd.otherN * (1 + 0.06 * progress) * faker.number.float({ min: 0.97, max: 1.03 });
      setLimbs(form, profile.involved, code, other * lerp(hhd.lsi, progress), other, profile.methods.hhd);
    }
    form.bodyMassKg = String(profile.bodyMassKg);
  }
  if (measured(0.45, 0.35)) trended("slhb-reps", profile.slhb, 2);
  if (measured(0.4, 0.1)) setLimbs(form, profile.involved, "pelvic-tilt-sagittal", profile.tiltDeg + jitter(1), profile.tiltDeg + jitter(2), profile.methods.tilt);
  fillLegLength(faker, profile, visit, form);
}

/** Leg length does not change with rehab: examined at the baseline, a tape finding confirmed by blocks next visit. */
function fillLegLength(faker: Faker, profile: PatientProfile, visit: number, form: AssessmentFormValues): void {
  const kind = profile.legLength;
  const confirming = kind === "tape-monitor" && visit === 1;
  if (kind === "none" || (visit > 0 && !confirming)) return;
  const base = { none: 0, equal: profile.lldMm, "tape-monitor": 12 + profile.lldMm, "block-relevant": 20 + profile.lldMm, functional: profile.lldMm % 4 }[kind];
  const lldMm = base + (confirming ? faker.number.int({ min: 1, max: 3 }) : 0);
  // The involved limb is the short one in these stories: a common clinical suspicion worth the data.
  setLimbs(form, profile.involved, "leg-length-true", profile.legCm - lldMm / 10, profile.legCm, kind === "block-relevant" || confirming ? "block" : "tape");
  const crest = (mm: number, method: string) =>
    Object.assign(form.measures["iliac-crest-diff"], { value: formText("iliac-crest-diff", mm), method, choice: profile.involved === "LEFT" ? "RIGHT" : "LEFT" });
  if (kind === "block-relevant" || kind === "tape-monitor") crest(lldMm + faker.number.int({ min: -3, max: 2 }), "blocks");
  if (kind === "functional") {
    // Equal true lengths but a tilted pelvis: an apparent difference points to a functional cause [S30] [S35].
    const apparentMm = faker.number.int({ min: 10, max: 16 });
    const umbilicusCm = profile.legCm + faker.number.float({ min: 7, max: 9, fractionDigits: 1 });
    setLimbs(form, profile.involved, "leg-length-apparent", umbilicusCm - apparentMm / 10, umbilicusCm, "umbilicus");
    crest(apparentMm + faker.number.int({ min: -2, max: 2 }), "palm");
  }
}

/** One patient's assessments, oldest first, each seen by one of the clinic's clinicians. */
export function buildPatientAssessments(
  faker: Faker,
  patient: SeedPatient,
  profile: PatientProfile,
  clinicianIds: readonly string[],
  today: string,
): BuiltAssessment[] {
  const dates = assessmentDates(faker, profile.count, today);
  if (clinicianIds.length === 0) throw new Error(`No clinician to assess patient ${patient.id}`);
  const primary = faker.helpers.arrayElement(clinicianIds);
  return progressions(faker, profile.count).map((progress, visit) => {
    // Mostly the patient's own clinician, sometimes a colleague covers.
    const clinicianId = faker.datatype.boolean({ probability: 0.8 }) ? primary : faker.helpers.arrayElement(clinicianIds);
    const form = emptyAssessment(clinicianId, dates[visit]!);
    fillAssessment(faker, profile, visit, progress, form);
    return {
      assessment: {
        id: faker.string.uuid(),
        clinicId: patient.clinicId,
        patientId: patient.id,
        clinicianId,
        assessedOn: new Date(`${form.assessedOn}T00:00:00Z`),
        bodyMassKg: form.bodyMassKg === "" ? null : Number(form.bodyMassKg),
        requestId: faker.string.uuid(),
      },
      rows: toMeasurementRows(form.measures),
    };
  });
}

/**
 * Seeds every patient's assessments in two bulk inserts (a few thousand rows; row-by-row would take
 * most of the seed's time). Returns the counts.
 */
export async function insertDemoAssessments(
  db: PrismaClient,
  faker: Faker,
  patients: readonly SeedPatient[],
  cliniciansByClinic: ReadonlyMap<string, readonly string[]>,
  today = todayIsoDate(),
): Promise<{ assessments: number; measurements: number; involvedSides: Map<string, "LEFT" | "RIGHT"> }> {
  const involvedSides = new Map<string, "LEFT" | "RIGHT">();
  const built = patients.flatMap((patient, index) => {
    const random = randomProfile(faker, patient, index);
    const profile = patient.recordNumber === JORDAN_LEE_RECORD ? jordanLeeProfile(random) : random;
    involvedSides.set(patient.id, profile.involved);
    const clinicianIds = cliniciansByClinic.get(patient.clinicId) ?? [];
    return buildPatientAssessments(faker, patient, profile, clinicianIds, today);
  });
  const assessments = await db.assessment.createMany({ data: built.map(({ assessment }) => assessment) });
  const measurements = await db.measurement.createMany({
    data: built.flatMap(({ assessment, rows }) => rows.map((row) => ({ ...row, clinicId: assessment.clinicId, assessmentId: assessment.id }))),
  });
  return { assessments: assessments.count, measurements: measurements.count, involvedSides };
}
