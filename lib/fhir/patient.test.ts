import { describe, expect, it } from "vitest";
import { conditionResource, episodeOfCareResource, icd10System } from "./episode";
import { fixtureRecord, IDS } from "@/scripts/testing/fhir-fixture-record";
import { patientResource, practitionerResources } from "./patient";
import { EXTENSIONS, SYSTEMS } from "./systems";

const record = fixtureRecord();
const [finished, active] = record.episodes as [(typeof record.episodes)[0], (typeof record.episodes)[0]];

describe("patientResource", () => {
  it("identifies the patient by record number in the clinic's own system and maps sex to gender", () => {
    const patient = patientResource(record);
    expect(patient.identifier).toEqual([expect.objectContaining({ system: SYSTEMS.recordNumber(IDS.clinic), value: "R-0042" })]);
    expect(patient.gender).toBe("female");
    expect(patientResource({ ...record, patient: { ...record.patient, sex: "UNKNOWN" } }).gender).toBe("unknown");
    expect(patient.managingOrganization?.reference).toBe(`Organization/${IDS.clinic}`);
  });

  it("leaves out empty contacts and is inactive once archived", () => {
    expect(patientResource(record).telecom).toEqual([{ system: "email", value: "jane@example.org" }]);
    const archived = patientResource({ ...record, patient: { ...record.patient, status: "ARCHIVED", email: " " } });
    expect(archived.active).toBe(false);
    expect(archived.telecom).toBeUndefined();
  });

  it("exports only the staff the record names", () => {
    expect(practitionerResources(record).map((practitioner) => practitioner.id)).not.toContain(IDS.carol);
  });
});

describe("episodeOfCareResource", () => {
  it("maps status, keeps past statuses as closed periods and ends the period when finished", () => {
    const episode = episodeOfCareResource(record, finished);
    expect(episode.status).toBe("finished");
    expect(episode.statusHistory).toEqual([
      { status: "active", period: { start: "2024-01-12T09:00:00.000Z", end: "2024-02-01T08:00:00.000Z" } },
      { status: "onhold", period: { start: "2024-02-01T08:00:00.000Z", end: "2024-02-05T08:00:00.000Z" } },
      { status: "active", period: { start: "2024-02-05T08:00:00.000Z", end: "2024-03-15T12:00:00.000Z" } },
    ]);
    expect(episode.period).toEqual({ start: "2024-01-10", end: "2024-03-15T12:00:00.000Z" });
    expect(episode.careManager?.reference).toBe(`Practitioner/${IDS.alice}`);
    expect(episode.diagnosis?.[0]?.condition.reference).toBe(`Condition/${IDS.finishedEpisode}`);
    expect(episodeOfCareResource(record, active)).toMatchObject({ status: "active", period: { start: "2024-05-01" } });
    expect(episodeOfCareResource(record, active).period?.end).toBeUndefined();
  });

  it("carries the phase history, each phase ending where the next begins", () => {
    const phases = episodeOfCareResource(record, finished).extension!.filter((extension) => extension.url === EXTENSIONS.phaseHistory);
    const part = (index: number, url: string) => phases[index]!.extension!.find((sub) => sub.url === url);
    expect(phases.map((_, index) => part(index, "phase")?.valueCoding?.code)).toEqual(["A", "S", "P"]);
    expect(part(0, "end")?.valueDateTime).toBe(part(1, "start")?.valueDateTime);
    expect(part(1, "reason")?.valueString).toBe("Pain-free walking");
    expect(part(2, "end")).toBeUndefined();
  });
});

describe("conditionResource", () => {
  it("codes the diagnosis in ICD-10 (WHO or CM by the code's form) with the text, and laterality on the body site", () => {
    const condition = conditionResource(record, finished);
    expect(condition.code).toEqual({ coding: [{ system: SYSTEMS.icd10, code: "S76.3" }], text: finished.diagnosis });
    expect(conditionResource(record, active).code?.coding?.[0]).toEqual({ system: SYSTEMS.icd10cm, code: "S76.311A" });
    expect(icd10System("S76")).toBe(SYSTEMS.icd10);
    expect(condition.bodySite?.[0]?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("7771000");
    expect(conditionResource(record, active).bodySite?.[0]?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe("24028007");
  });

  it("is resolved and abated when the episode finished, active otherwise (con-4)", () => {
    expect(conditionResource(record, finished)).toMatchObject({ clinicalStatus: { coding: [{ code: "resolved" }] }, abatementDateTime: "2024-03-15T12:00:00.000Z" });
    const open = conditionResource(record, active);
    expect(open.clinicalStatus?.coding?.[0]?.code).toBe("active");
    expect(open.abatementDateTime).toBeUndefined();
  });

  it("has code text only when no ICD-10 code was given", () => {
    expect(conditionResource(record, { ...active, icd10Code: null }).code).toEqual({ text: active.diagnosis });
  });
});
