import type { CarePlan } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { mapAssessments } from "./bundle";
import { carePlanResources } from "./care-plan";
import { doseText, doseTiming, dosage } from "./dosage";
import { fixtureRecord, IDS } from "@/scripts/testing/fhir-fixture-record";
import type { ProgramItemRecord } from "./record";
import { EXTENSIONS, SYSTEMS } from "./systems";

const record = fixtureRecord();
const assessments = mapAssessments(record);
const plans = carePlanResources(record, assessments);
const plan = (id: string) => plans.find((candidate) => candidate.id === id)!;
const activity = (carePlan: CarePlan, code: string) => carePlan.activity!.find((candidate) => candidate.detail?.code?.coding?.[1]?.code === code)!.detail!;
const dose = (overrides: Partial<ProgramItemRecord>) => ({
  sets: null, reps: null, holdSeconds: null, loadKg: null, perWeek: null, perDay: null, everyDays: null, durationSeconds: null, distanceM: null, ...overrides,
});

describe("carePlanResources", () => {
  it("revokes replaced versions, follows the episode for the latest, and chains versions with replaces", () => {
    expect(plan(IDS.programV1)).toMatchObject({ status: "revoked", period: { start: "2024-01-12T10:00:00.000Z", end: "2024-01-26T11:00:00.000Z" } });
    expect(plan(IDS.programV1).replaces).toBeUndefined();
    expect(plan(IDS.programV2)).toMatchObject({
      status: "completed",
      replaces: [{ reference: `CarePlan/${IDS.programV1}` }],
      period: { end: "2024-03-15T12:00:00.000Z" },
      author: { reference: `Practitioner/${IDS.bob}` },
      addresses: [{ reference: `Condition/${IDS.finishedEpisode}` }],
    });
    expect(plan(IDS.otherProgram).status).toBe("active");
    expect(plan(IDS.otherProgram).period?.end).toBeUndefined();
    expect(activity(plan(IDS.programV1), "EX12").status).toBe("stopped");
    expect(activity(plan(IDS.otherProgram), "EX12").status).toBe("in-progress");
  });

  it("codes each activity as SNOMED exercise therapy plus the exercise, and the phase as category", () => {
    const detail = activity(plan(IDS.programV2), "EX25");
    expect(detail.code?.coding).toEqual([
      { system: SYSTEMS.snomed, code: "229065009", display: "Exercise therapy (regime/therapy)" },
      { system: SYSTEMS.exercises, code: "EX25", display: "Glute bridge, two-leg (dynamic)" },
    ]);
    expect(plan(IDS.programV1).category?.[0]?.coding?.[0]?.code).toBe("A");
    expect(plan(IDS.programV2).category?.[0]?.coding?.[0]?.code).toBe("S");
    expect(detail.description).toBe("Glute bridge, two-leg (dynamic): 3 sets × 10 reps, 20 kg, 3×/week");
    expect(detail.reasonCode?.map((reason) => reason.text)).toEqual([expect.stringContaining("limb symmetry"), expect.stringContaining("buttock")]);
  });

  it("gives as reason the Observations of the findings that suggest the exercise", () => {
    const first = assessments[0]!.observations;
    const idOf = (code: string, side = "7771000") =>
      `Observation/${first.find((observation) => observation.code.coding?.[0]?.code === code && (observation.bodySite?.extension?.[0]?.valueCodeableConcept?.coding?.[0]?.code ?? side) === side)!.id}`;
    expect(activity(plan(IDS.programV2), "EX25").reasonReference?.map((reference) => reference.reference)).toEqual([idOf("lsi-hhd-hip-ext")]);
    expect(activity(plan(IDS.programV1), "EX09").reasonReference?.map((reference) => reference.reference)).toEqual([idOf("mmt-hip-abd")]);
    const stretchReasons = activity(plan(IDS.programV1), "EX12").reasonReference?.map((reference) => reference.reference);
    expect(stretchReasons).toContain(idOf("ake-knee-flex-angle"));
    // No finding suggests education, and the active episode's plan reads only its own assessment.
    expect(activity(plan(IDS.programV1), "EX01").reasonReference).toBeUndefined();
    const ownIds = new Set(assessments[1]!.observations.map((observation) => `Observation/${observation.id}`));
    for (const reason of activity(plan(IDS.otherProgram), "EX14").reasonReference ?? []) expect(ownIds).toContain(reason.reference);
    expect(activity(plan(IDS.otherProgram), "EX14").reasonReference).toHaveLength(1);
  });

  it("puts the frequency in scheduledTiming and the whole dose in a Dosage extension", () => {
    const detail = activity(plan(IDS.programV1), "EX09");
    expect(detail.scheduledTiming).toEqual({ repeat: { frequency: 2, period: 1, periodUnit: "d", dayOfWeek: ["mon", "wed", "fri"] } });
    const dosageValue = detail.extension?.find((extension) => extension.url === EXTENSIONS.exerciseDosage)?.valueDosage;
    expect(dosageValue?.timing).toEqual(detail.scheduledTiming);
    expect(dosageValue?.patientInstruction).toBe("Knees bent to start");
    expect(dosageValue?.doseAndRate?.map((part) => [part.type?.coding?.[0]?.code, part.doseQuantity?.value, part.doseQuantity?.code])).toEqual([
      ["sets", 2, "{#}"],
      ["repetitions", 5, "{#}"],
      ["hold", 20, "s"],
    ]);
    expect(activity(plan(IDS.programV1), "EX01").scheduledTiming).toBeUndefined();
  });
});

describe("doseTiming", () => {
  it("turns per week, per day and every N days into Timing.repeat", () => {
    expect(doseTiming(dose({ perWeek: 3 }))?.repeat).toEqual({ frequency: 3, period: 1, periodUnit: "wk" });
    expect(doseTiming(dose({ perDay: 2 }))?.repeat).toEqual({ frequency: 2, period: 1, periodUnit: "d" });
    expect(doseTiming(dose({ everyDays: 3 }))?.repeat).toEqual({ frequency: 1, period: 3, periodUnit: "d" });
    expect(doseTiming(dose({ everyDays: 2, perDay: 2 }))?.repeat).toEqual({ frequency: 2, period: 2, periodUnit: "d" });
    expect(doseTiming(dose({ perWeek: 10, perDay: 2 }))?.repeat).toEqual({ frequency: 20, period: 1, periodUnit: "wk" });
    expect(doseTiming(dose({}))).toBeUndefined();
  });

  it("writes the dose in words and carries load, duration and distance", () => {
    expect(doseText(dose({ sets: 3, reps: 10, holdSeconds: 30, loadKg: 20, perWeek: 3 }))).toBe("3 sets × 10 reps, hold 30 s, 20 kg, 3×/week");
    expect(doseText(dose({ sets: 1, durationSeconds: 600, everyDays: 2 }))).toBe("1 set, 10 min, every other day");
    expect(doseText(dose({}))).toBe("As advised");
    const parts = dosage(dose({ loadKg: 0, distanceM: 400 }), null).doseAndRate?.map((part) => part.doseQuantity);
    expect(parts).toEqual([expect.objectContaining({ value: 0, code: "kg" }), expect.objectContaining({ value: 400, code: "m" })]);
  });
});
