import type { Observation, ObservationComponent } from "@medplum/fhirtypes";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS, RELIEF_METHOD_LABELS } from "@/lib/cramps/labels";
import { activityId, carePlanId } from "./care-plan";
import type { CrampRecord, ExerciseLogRecord, MorningPainRecord, PatientRecord } from "./record";
import {
  category,
  EXTENSIONS,
  fhirId,
  LOCAL_MEASURES_SYSTEM,
  lateralityExtension,
  localConcept,
  NPRS_CODING,
  quantity,
  reference,
  SYSTEMS,
} from "./systems";

/**
 * What the patient records at home: exercise sessions (category activity, basedOn the program
 * version's CarePlan), next-morning pain (NPRS) and cramps (local cramp-event with the domain.md §1.6
 * fields as components). The patient is the performer of all of them.
 */
const ACTIVITY = category("activity", "Activity");
const SURVEY = category("survey", "Survey");
const NPRS_CODE = { coding: [NPRS_CODING], text: "Pain (numeric rating scale)" };
const painScore = (value: number) => quantity(value, "{score}", "score");
const local = (code: string, display: string) => localConcept(LOCAL_MEASURES_SYSTEM, code, display);

export const exerciseLogId = (id: string) => fhirId("log", id);

export function exerciseLogObservation(record: PatientRecord, log: ExerciseLogRecord): Observation {
  const components: ObservationComponent[] = [
    { code: local("exercise", "Exercise"), valueCodeableConcept: { coding: [{ system: SYSTEMS.exercises, code: log.exerciseCode }] } },
    { code: local("as-prescribed", "Done as prescribed"), valueBoolean: log.asPrescribed },
  ];
  if (log.sets !== null) components.push({ code: local("sets-done", "Sets done"), valueQuantity: quantity(log.sets, "{#}", "sets") });
  if (log.reps !== null) components.push({ code: local("reps-done", "Repetitions done per set"), valueQuantity: quantity(log.reps, "{#}", "repetitions") });
  if (log.holdSeconds !== null) components.push({ code: local("hold-done", "Hold per repetition"), valueQuantity: quantity(log.holdSeconds, "s") });
  if (log.loadKg !== null) components.push({ code: local("load-done", "Load used"), valueQuantity: quantity(log.loadKg, "kg") });
  if (log.painDuring !== null) components.push({ code: { ...NPRS_CODE, text: "Pain during the exercise" }, valueQuantity: painScore(log.painDuring) });
  return {
    resourceType: "Observation",
    id: exerciseLogId(log.id),
    extension: [{ url: EXTENSIONS.careplanActivity, valueString: activityId(log.programItemId) }],
    basedOn: [reference("CarePlan", carePlanId(log.programId))],
    status: "final",
    category: [ACTIVITY],
    code: local("exercise-session", "Home exercise session"),
    subject: reference("Patient", record.patient.id),
    effectiveDateTime: log.performedOn,
    issued: log.createdAt,
    performer: [reference("Patient", record.patient.id)],
    ...(log.note ? { note: [{ text: log.note }] } : {}),
    component: components,
  };
}

export const morningPainId = (id: string) => fhirId("morning-pain", id);

export function morningPainObservation(record: PatientRecord, pain: MorningPainRecord): Observation {
  return {
    resourceType: "Observation",
    id: morningPainId(pain.id),
    status: "final",
    category: [SURVEY],
    code: NPRS_CODE,
    subject: reference("Patient", record.patient.id),
    effectiveDateTime: pain.recordedAt,
    issued: pain.recordedAt,
    performer: [reference("Patient", record.patient.id)],
    valueQuantity: painScore(pain.pain),
    method: { text: "Next morning after an exercise session" },
    component: [
      { code: local("pain-context", "Pain context"), valueCodeableConcept: localConcept(SYSTEMS.painContexts, "next_morning", "Next morning after an exercise session") },
      { code: local("session-date", "Exercise session"), valueDateTime: pain.sessionDate },
    ],
  };
}

export const crampId = (id: string) => fhirId("cramp", id);

export function crampObservation(record: PatientRecord, cramp: CrampRecord): Observation {
  const flag = (code: string, display: string, value: boolean | null): ObservationComponent[] =>
    value === null ? [] : [{ code: localConcept(SYSTEMS.cramps, code, display), valueBoolean: value }];
  const components: ObservationComponent[] = [
    { code: localConcept(SYSTEMS.cramps, "context", "Context"), valueCodeableConcept: localConcept(SYSTEMS.cramps, cramp.context, CRAMP_CONTEXT_LABELS[cramp.context]) },
    { code: localConcept(SYSTEMS.cramps, "duration", "Duration"), valueQuantity: quantity(cramp.durationSeconds, "s") },
    { code: localConcept(SYSTEMS.cramps, "severity", "Severity (0–10)"), valueInteger: cramp.severity },
    ...flag("stopped-activity", "Had to stop the activity", cramp.stoppedActivity),
    ...cramp.reliefMethods.map((method) => ({
      code: localConcept(SYSTEMS.cramps, "relief-method", "Relief method"),
      valueCodeableConcept: localConcept(SYSTEMS.cramps, method, RELIEF_METHOD_LABELS[method]),
    })),
    ...(cramp.fluidIntakeMl !== null ? [{ code: localConcept(SYSTEMS.cramps, "fluid-intake-24h", "Fluid intake in the previous 24 h"), valueQuantity: quantity(cramp.fluidIntakeMl, "mL") }] : []),
    ...flag("sleep-disrupted", "Sleep disrupted", cramp.sleepDisrupted),
    ...flag("systemic-symptoms", "Systemic symptoms", cramp.systemicSymptoms),
    ...flag("pop-felt", "Felt a pop", cramp.popFelt),
    ...flag("bruising", "Bruising", cramp.bruising),
    ...flag("trouble-straightening", "Trouble straightening the knee", cramp.troubleStraightening),
    ...flag("lasting-tenderness", "Tenderness that lasts", cramp.lastingTenderness),
  ];
  return {
    resourceType: "Observation",
    id: crampId(cramp.id),
    status: "final",
    category: [SURVEY],
    code: local("cramp-event", "Muscle cramp event"),
    subject: reference("Patient", record.patient.id),
    effectiveDateTime: cramp.onsetAt,
    issued: cramp.createdAt,
    performer: [reference("Patient", record.patient.id)],
    bodySite: {
      extension: [lateralityExtension(EXTENSIONS.observationLaterality, cramp.side)],
      coding: [{ system: SYSTEMS.cramps, code: cramp.muscleSite, display: MUSCLE_SITE_LABELS[cramp.muscleSite] }],
      text: `${MUSCLE_SITE_LABELS[cramp.muscleSite]} (${CRAMP_SIDE_LABELS[cramp.side].toLowerCase()})`,
    },
    ...(cramp.notes ? { note: [{ text: cramp.notes }] } : {}),
    component: components,
  };
}
