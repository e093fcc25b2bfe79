import type { CodeableConcept, Observation, ObservationComponent, ObservationReferenceRange, Reference } from "@medplum/fhirtypes";
import { LSI_THRESHOLD, LEG_LENGTH_TIERS, MEASURES, measureByCode, type MeasureCode } from "@/lib/assessments/catalogue";
import type { MeasureDefinition, Threshold } from "@/lib/assessments/catalogue-types";
import { legLengthDiscrepancy, limbSymmetryIndex, sidesOf } from "@/lib/assessments/derived";
import { crosses, findingsFor, type Finding } from "@/lib/assessments/findings";
import type { MeasurementRow, Side } from "@/lib/assessments/measurement-form-mapping";
import { mmtGradeLabel } from "@/lib/assessments/mmt-grades";
import type { AssessmentDTO } from "@/lib/assessments/types";
import type { PatientRecord } from "./record";
import {
  category,
  EXTENSIONS,
  fhirId,
  LOCAL_MEASURES_SYSTEM,
  lateralityConcept,
  lateralityExtension,
  localConcept,
  quantity,
  reference,
  sideWord,
  SYSTEMS,
} from "./systems";

/**
 * An assessment's Observations (domain.md §4.3): one per measured value, one per side for a test
 * with components (the modified Thomas test), and derived ones (leg-length discrepancy, limb symmetry
 * index) whose derivedFrom names both limbs. Each finding of findings.ts is tied to the Observations
 * it came from, so a CarePlan can give them as an exercise's reason.
 */
export type MappedAssessment = {
  assessment: AssessmentDTO;
  observations: Observation[];
  findings: { finding: Finding; observationIds: string[] }[];
};

const EXAM = category("exam", "Exam");
const ATTENTION = new Set(["impaired", "refer"]);
const sideLetter = (side: Side) => (side === "LEFT" ? "l" : side === "RIGHT" ? "r" : "n");
const isLimb = (side: Side): side is "LEFT" | "RIGHT" => side !== "NONE";

export function thresholdFor(measure: MeasureDefinition, sex: PatientRecord["patient"]["sex"]): Threshold | undefined {
  return measure.threshold ?? (sex === "FEMALE" || sex === "MALE" ? measure.thresholdBySex?.[sex] : undefined);
}

const interpretationCode = (threshold: Threshold) =>
  threshold.comparison === "above" || threshold.comparison === "atOrAbove" ? { code: "H", display: "High" } : { code: "L", display: "Low" };

const interpretation = (code: { code: string; display: string }): CodeableConcept[] => [
  { coding: [{ system: SYSTEMS.interpretation, ...code }], text: code.display === "Abnormal" ? "Abnormal" : `${code.display} (impaired)` },
];

/** The catalogue's cut-off as the normal range: "above 20 impaired" is a high of 20. */
function referenceRange(measure: MeasureDefinition, threshold: Threshold): ObservationReferenceRange {
  const text = `Impaired when ${threshold.meaning} [${threshold.source}]`;
  if (measure.kind !== "quantity") return { text };
  const step = measure.range.step;
  const bound = (value: number) => quantity(value, measure.unit.ucum, unitDisplay(measure));
  switch (threshold.comparison) {
    case "above":
      return { high: bound(threshold.value), text };
    case "below":
      return { low: bound(threshold.value), text };
    // An inclusive cut-off only moves to a normal bound on a whole-number scale.
    case "atOrAbove":
      return step === 1 ? { high: bound(threshold.value - 1), text } : { text };
    case "atOrBelow":
      return step === 1 ? { low: bound(threshold.value + 1), text } : { text };
  }
}

const unitDisplay = (measure: MeasureDefinition) => (measure.unit.ucum.startsWith("{") ? measure.unit.name : measure.unit.ucum);

function method(measure: MeasureDefinition, value: string | null): CodeableConcept | undefined {
  if (!value) return undefined;
  const option = measure.methods.find((candidate) => candidate.value === value);
  return option ? localConcept(SYSTEMS.methods, option.value, option.label) : { text: value };
}

function bodySite(side: Side) {
  return isLimb(side) ? { bodySite: { extension: [lateralityExtension(EXTENSIONS.observationLaterality, side)], text: `${sideWord(side)} lower limb` } } : {};
}

type ValueX = Pick<ObservationComponent, "valueQuantity" | "valueCodeableConcept" | "valueBoolean">;

function valueOf(measure: MeasureDefinition, value: number): ValueX {
  switch (measure.kind) {
    case "quantity":
      return { valueQuantity: quantity(value, measure.unit.ucum, unitDisplay(measure)) };
    case "grade": {
      const label = mmtGradeLabel(value);
      return { valueCodeableConcept: { coding: [{ system: SYSTEMS.mmtGrades, code: label.replace("−", "-"), display: `${label}/5` }], text: `${label}/5` } };
    }
    case "yesNo":
      return { valueBoolean: value === 1 };
  }
}

const measureCode = (measure: MeasureDefinition): CodeableConcept => ({
  coding: [{ system: measure.fhir.system, code: measure.fhir.code, display: measure.label }],
  text: measure.label,
});

const localComponentCode = (code: string, display: string) => localConcept(LOCAL_MEASURES_SYSTEM, code, display);

export function mapAssessment(record: PatientRecord, assessment: AssessmentDTO): MappedAssessment {
  const sex = record.patient.sex;
  const findings = findingsFor(assessment.rows, { sex, bodyMassKg: assessment.bodyMassKg, involvedSide: assessment.involvedSide });
  const flagged = (code: string, side: Side) => findings.some((finding) => finding.code === code && finding.side === side && ATTENTION.has(finding.severity));
  const base = {
    resourceType: "Observation" as const,
    status: "final" as const,
    category: [EXAM],
    subject: reference("Patient", record.patient.id),
    effectiveDateTime: assessment.assessedOn,
    performer: [reference("Practitioner", assessment.clinicianId, assessment.clinicianName)],
  };

  const observations: Observation[] = [];
  const idsByRow = new Map<MeasurementRow, string>();
  const grouped = new Map<string, MeasurementRow[]>();

  for (const row of assessment.rows) {
    const measure = measureByCode(row.measureCode);
    if (measure.fhir.component) {
      const key = `${measure.fhir.code}|${row.side}`;
      grouped.set(key, [...(grouped.get(key) ?? []), row]);
      continue;
    }
    const threshold = thresholdFor(measure, sex);
    const abnormal = threshold && flagged(row.measureCode, row.side) && crosses(threshold, row.value);
    const components: ObservationComponent[] = [];
    if (measure.contexts && row.context) {
      const label = measure.contexts.find((option) => option.value === row.context)?.label ?? row.context;
      components.push({ code: localComponentCode("pain-context", "Pain context"), valueCodeableConcept: localConcept(SYSTEMS.painContexts, row.context, label) });
    }
    if (measure.choice && (row.context === "LEFT" || row.context === "RIGHT")) {
      components.push({ code: localComponentCode("high-side", measure.choice.label), valueCodeableConcept: lateralityConcept(row.context) });
    }
    if (measure.sideFlag && row.flag !== null) {
      components.push({ code: localComponentCode("pain-on-testing", measure.sideFlag.label), valueBoolean: row.flag });
    }
    const id = fhirId(assessment.id, measure.code === "nprs" ? `nprs-${row.context || "none"}` : measure.code, sideLetter(row.side));
    idsByRow.set(row, id);
    const how = method(measure, row.method);
    observations.push({
      ...base,
      id,
      code: measureCode(measure),
      ...valueOf(measure, row.value),
      ...(abnormal ? { interpretation: interpretation(interpretationCode(threshold)) } : {}),
      ...(how ? { method: how } : {}),
      ...bodySite(row.side),
      ...(threshold ? { referenceRange: [referenceRange(measure, threshold)] } : {}),
      ...(components.length ? { component: components } : {}),
    });
  }

  // Tests with components (MTT): one Observation per side, its parts as components.
  for (const [key, rows] of grouped) {
    const [code, side] = key.split("|") as [string, Side];
    const id = fhirId(assessment.id, code, sideLetter(side));
    const components = rows.map((row): ObservationComponent => {
      const measure = measureByCode(row.measureCode);
      const threshold = thresholdFor(measure, sex);
      const abnormal = threshold && flagged(row.measureCode, row.side) && crosses(threshold, row.value);
      return {
        // The component's own code ("mtt-hip-angle"), never the test's ("mtt"), so obs-7 cannot apply.
        code: { coding: [{ system: measure.fhir.system, code: `${measure.fhir.code}-${measure.fhir.component}`, display: measure.label }], text: measure.label },
        ...valueOf(measure, row.value),
        ...(abnormal ? { interpretation: interpretation(interpretationCode(threshold)) } : {}),
        ...(threshold ? { referenceRange: [referenceRange(measure, threshold)] } : {}),
      };
    });
    for (const row of rows) idsByRow.set(row, id);
    const first = measureByCode(rows[0]!.measureCode);
    const how = method(first, rows.find((row) => row.method)?.method ?? null);
    observations.push({
      ...base,
      id,
      code: { coding: [{ system: first.fhir.system, code, display: "Modified Thomas test" }], text: "Modified Thomas test" },
      ...(how ? { method: how } : {}),
      ...bodySite(side),
      component: components,
    });
  }

  const derived = [...legLengthObservations(assessment, flagged), ...symmetryObservations(assessment, flagged)];
  const limbRef = (row: MeasurementRow | undefined): Reference<Observation>[] => (row && idsByRow.has(row) ? [reference("Observation", idsByRow.get(row)!)] : []);
  for (const item of derived) {
    const { left, right } = sidesOf(assessment.rows, item.from);
    observations.push({ ...base, ...item.observation, derivedFrom: [...limbRef(left), ...limbRef(right)] });
  }

  const derivedId = new Map(derived.map((item) => [item.findingCode, item.observation.id]));
  return {
    assessment,
    observations,
    findings: findings.map((finding) => ({ finding, observationIds: observationIdsOf(finding, assessment.rows, idsByRow, derivedId, sex) })),
  };
}

/** The Observations a finding was read from: the value(s) that crossed, the MTT side, or the derived one. */
function observationIdsOf(
  finding: Finding,
  rows: readonly MeasurementRow[],
  idsByRow: Map<MeasurementRow, string>,
  derivedId: Map<string, string>,
  sex: PatientRecord["patient"]["sex"],
): string[] {
  const derived = derivedId.get(finding.code);
  if (derived) return [derived];
  const measure = MEASURES.find((candidate) => candidate.code === finding.code) as MeasureDefinition | undefined;
  if (!measure) return [];
  const threshold = thresholdFor(measure, sex);
  const matching = rows.filter((row) => row.measureCode === finding.code && row.side === finding.side);
  // NPRS has one row per context: only the ones that crossed gave the finding.
  const crossed = measure.contexts && threshold ? matching.filter((row) => crosses(threshold, row.value)) : matching;
  return [...new Set(crossed.flatMap((row) => idsByRow.get(row) ?? []))];
}

type Derived = { findingCode: string; from: MeasureCode; observation: Observation & { id: string } };

function legLengthObservations(assessment: AssessmentDTO, flagged: (code: string, side: Side) => boolean): Derived[] {
  return (["leg-length-true", "leg-length-apparent"] as const).flatMap((from): Derived[] => {
    const lld = legLengthDiscrepancy(assessment.rows, from);
    if (!lld) return [];
    const kind = from === "leg-length-true" ? "true" : "apparent";
    const findingCode = `lld-${kind}`;
    const components: ObservationComponent[] = [
      { code: localComponentCode("lld-basis", "Measured from"), valueCodeableConcept: localConcept(LOCAL_MEASURES_SYSTEM, from, measureByCode(from).label) },
    ];
    if (lld.shortSide) components.push({ code: localComponentCode("short-side", "Shorter side"), valueCodeableConcept: lateralityConcept(lld.shortSide) });
    const how = method(measureByCode(from), lld.method);
    return [
      {
        findingCode,
        from,
        observation: {
          resourceType: "Observation",
          status: "final",
          code: { coding: [{ system: LOCAL_MEASURES_SYSTEM, code: "lld", display: "Leg length discrepancy (derived)" }], text: `Leg length discrepancy (${kind})` },
          id: fhirId(assessment.id, "lld", kind),
          valueQuantity: quantity(lld.mm, "mm"),
          ...(flagged(findingCode, lld.shortSide ?? "NONE") ? { interpretation: interpretation({ code: "H", display: "High" }) } : {}),
          ...(how ? { method: how } : {}),
          referenceRange: [
            {
              text: `Below ${LEG_LENGTH_TIERS.monitorFromMm} mm normal variation, ${LEG_LENGTH_TIERS.monitorFromMm}–${LEG_LENGTH_TIERS.relevantFromMm - 1} mm monitor, ${LEG_LENGTH_TIERS.relevantFromMm} mm or more clinically relevant [${LEG_LENGTH_TIERS.sources.join("] [")}]`,
            },
          ],
          component: components,
        },
      },
    ];
  });
}

function symmetryObservations(assessment: AssessmentDTO, flagged: (code: string, side: Side) => boolean): Derived[] {
  return (["hhd-hip-ext", "hhd-hip-abd"] as const).flatMap((from): Derived[] => {
    const { left, right } = sidesOf(assessment.rows, from);
    const symmetry = left && right ? limbSymmetryIndex(left.value, right.value, assessment.involvedSide) : null;
    if (!symmetry) return [];
    const findingCode = `lsi-${from}`;
    const label = `Limb symmetry index: ${measureByCode(from).abbreviation}`;
    return [
      {
        findingCode,
        from,
        observation: {
          resourceType: "Observation",
          status: "final",
          id: fhirId(assessment.id, findingCode),
          code: { coding: [{ system: LOCAL_MEASURES_SYSTEM, code: findingCode, display: label }], text: label },
          valueQuantity: quantity(Math.round(symmetry.lsi * 10) / 10, "%"),
          ...(flagged(findingCode, symmetry.comparedSide) ? { interpretation: interpretation({ code: "L", display: "Low" }) } : {}),
          referenceRange: [{ low: quantity(LSI_THRESHOLD.belowPercent, "%"), text: `Impaired below ${LSI_THRESHOLD.belowPercent} % [${LSI_THRESHOLD.source}]` }],
          component: [{ code: localComponentCode("compared-side", "Side compared with the other"), valueCodeableConcept: lateralityConcept(symmetry.comparedSide) }],
        },
      },
    ];
  });
}
