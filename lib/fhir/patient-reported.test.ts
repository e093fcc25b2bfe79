import { describe, expect, it } from "vitest";
import { patientBundle } from "./bundle";
import { fixtureRecord, IDS } from "@/scripts/testing/fhir-fixture-record";
import { lefsResponse, lefsTotalObservation } from "./lefs";
import { crampObservation, exerciseLogObservation, morningPainObservation } from "./patient-reported";
import { EXTENSIONS, LEFS_QUESTIONNAIRE_URL, SYSTEMS } from "./systems";

const record = fixtureRecord();
const [completed, pending] = record.lefs as [(typeof record.lefs)[0], (typeof record.lefs)[0]];

describe("exercise sessions, morning pain and cramps", () => {
  it("maps a session to an activity Observation based on its CarePlan, naming the activity and what was done", () => {
    const session = exerciseLogObservation(record, record.exerciseLogs[0]!);
    expect(session).toMatchObject({
      category: [{ coding: [{ code: "activity" }] }],
      basedOn: [{ reference: `CarePlan/${IDS.programV2}` }],
      extension: [{ url: EXTENSIONS.careplanActivity, valueString: "item-105" }],
      effectiveDateTime: "2024-01-29",
      performer: [{ reference: `Patient/${IDS.patient}` }],
      note: [{ text: "Felt fine" }],
    });
    const component = (code: string) => session.component?.find((candidate) => candidate.code.coding?.[0]?.code === code);
    expect(component("as-prescribed")?.valueBoolean).toBe(true);
    expect(component("load-done")?.valueQuantity).toMatchObject({ value: 20, code: "kg" });
    expect(component("72514-3")?.valueQuantity?.value).toBe(2);
    expect(component("hold-done")).toBeUndefined();
  });

  it("records next-morning pain as NPRS with its context and cramps with their §1.6 fields", () => {
    const pain = morningPainObservation(record, record.morningPains[0]!);
    expect(pain.code.coding?.[0]).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
    expect(pain.component?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("next_morning");
    const cramp = crampObservation(record, record.cramps[0]!);
    expect(cramp.code.coding?.[0]?.code).toBe("cramp-event");
    expect(cramp.bodySite?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("51440002");
    const codes = cramp.component?.map((component) => component.code.coding?.[0]?.code);
    expect(codes).toEqual(expect.arrayContaining(["context", "duration", "severity", "relief-method", "fluid-intake-24h", "sleep-disrupted", "pop-felt"]));
    expect(codes).not.toContain("bruising");
    expect(codes?.filter((code) => code === "relief-method")).toHaveLength(2);
  });
});

describe("LEFS", () => {
  it("maps a completed LEFS to a completed response of 20 integer answers and a total derived from it", () => {
    const response = lefsResponse(record, completed);
    expect(response).toMatchObject({ status: "completed", questionnaire: LEFS_QUESTIONNAIRE_URL, authored: completed.completedAt });
    expect(response.item).toHaveLength(20);
    expect(response.item?.[5]).toEqual({ linkId: "6", text: "Squatting", answer: [{ valueInteger: 3 }] });
    const total = lefsTotalObservation(record, completed);
    expect(total).toMatchObject({ valueQuantity: { value: 50 }, derivedFrom: [{ reference: `QuestionnaireResponse/${IDS.completedLefs}` }] });
  });

  it("exports a pending LEFS as in progress with its answers so far, and no total", () => {
    expect(lefsResponse(record, pending)).toMatchObject({ status: "in-progress", item: [{ linkId: "1" }, { linkId: "2" }] });
    expect(lefsTotalObservation(record, pending)).toBeNull();
  });
});

describe("provenance", () => {
  const resources = patientBundle(record, { base: "https://h/fhir/R4", timestamp: "2024-06-01T00:00:00Z" }).entry!.map((entry) => entry.resource!);
  const provenances = resources.filter((resource) => resource.resourceType === "Provenance");

  it("credits each assessment's Observations to its clinician and everything the patient recorded to the patient", () => {
    const assessment = provenances.find((provenance) => provenance.id === `assessment-${IDS.firstAssessment}`)!;
    expect(assessment.agent[0]?.who.reference).toBe(`Practitioner/${IDS.alice}`);
    expect(assessment.recorded).toBe("2024-01-12T00:00:00Z");
    const patient = provenances.find((provenance) => provenance.agent[0]?.who.reference === `Patient/${IDS.patient}`)!;
    expect(patient.target).toHaveLength(record.exerciseLogs.length + record.morningPains.length + record.cramps.length + record.lefs.length);
    expect(patient.recorded).toBe("2024-05-06T07:00:00.000Z");
  });

  it("dates an assessment's Provenance from the start of its day in the clinic's zone", () => {
    const brisbane = { ...record, clinic: { ...record.clinic, timeZone: "Australia/Brisbane" } };
    const newYork = { ...record, clinic: { ...record.clinic, timeZone: "America/New_York" } };
    const recordedIn = (zoned: typeof record) =>
      patientBundle(zoned, { base: "https://h/fhir/R4", timestamp: "2024-06-01T00:00:00Z" })
        .entry!.map((entry) => entry.resource!)
        .find((resource) => resource.id === `assessment-${IDS.firstAssessment}`)!;
    expect(recordedIn(brisbane)).toMatchObject({ resourceType: "Provenance", recorded: "2024-01-12T00:00:00+10:00" });
    // January in New York is EST, UTC−5.
    expect(recordedIn(newYork)).toMatchObject({ resourceType: "Provenance", recorded: "2024-01-12T00:00:00-05:00" });
  });

  it("covers every Observation exactly once", () => {
    const targeted = provenances.flatMap((provenance) => provenance.target.map((target) => target.reference));
    const observations = resources.filter((resource) => resource.resourceType === "Observation" && !resource.id!.startsWith("lefs-total"));
    expect(new Set(targeted).size).toBe(targeted.length);
    for (const observation of observations) expect(targeted).toContain(`Observation/${observation.id}`);
  });

  it("uses no code system outside those the mappers declare", () => {
    const systems = new Set(JSON.stringify(resources).match(/"system":"[^"]+"/g));
    for (const system of systems) expect(system).toMatch(/rehabit\.example|hl7\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|^"system":"(email|phone)"$/);
    expect(systems.has(`"system":"${SYSTEMS.snomed}"`)).toBe(true);
  });
});
