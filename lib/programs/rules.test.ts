import { describe, expect, it } from "vitest";
import { createExerciseCatalogue, SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { clinicExercise } from "@/scripts/testing/exercise-builders";
import { doseOf } from "./load";
import { programRuleErrors, templateRuleErrors, type LoadHistory } from "./rules";
import { itemFromExercise, itemFromLibrary, templateItemFromExercise, toTemplateItemFields } from "./items";
import { templateSchemaFor, type ProgramItem } from "./schema";

const ON = "2026-11-30";
/** The load guard's history when `previous` was saved `daysAgo` days before ON (none when empty). */
const savedBefore = (previous: readonly ProgramItem[], daysAgo = 3): LoadHistory => ({
  recent: previous.length ? [{ savedOn: `2026-11-${String(30 - daysAgo).padStart(2, "0")}`, items: previous.map((item) => ({ exerciseCode: item.exerciseCode, ...doseOf(item) })) }] : [],
  on: ON,
});

const nordic = itemFromLibrary("EX30");
const bridge = (reps: number, loadChangeReason = "") => ({ ...itemFromLibrary("EX25"), reps, loadChangeReason });

describe("programRuleErrors", () => {
  it("refuses the Nordic hamstring exercise in the acute phase without an override reason", () => {
    expect(programRuleErrors([nordic], "ACUTE", [], SHARED_CATALOGUE, savedBefore([]))).toEqual({
      "items.0.overrideReason": ["Nordic hamstring exercise is not allowed in the acute phase. Give a reason to prescribe it anyway."],
    });
    expect(programRuleErrors([{ ...nordic, overrideReason: "Late-stage athlete, cleared by the surgeon" }], "ACUTE", [], SHARED_CATALOGUE, savedBefore([]))).toEqual({});
    expect(programRuleErrors([nordic], "PREVENTION", [], SHARED_CATALOGUE, savedBefore([]))).toEqual({});
  });

  it("needs a reason only when the weekly load rises by more than 30 % over 2 weeks (R-LOAD [S46])", () => {
    const previous = [bridge(10)];
    expect(programRuleErrors([bridge(12)], "SUBACUTE", previous, SHARED_CATALOGUE, savedBefore(previous))).toEqual({});
    expect(programRuleErrors([bridge(13)], "SUBACUTE", previous, SHARED_CATALOGUE, savedBefore(previous))).toEqual({});
    expect(programRuleErrors([bridge(14)], "SUBACUTE", previous, SHARED_CATALOGUE, savedBefore(previous))).toEqual({
      "items.0.loadChangeReason": ["The weekly load of Glute bridge, two-leg (dynamic) rises by 40 % over 2 weeks. Above 30 %, give a reason."],
    });
    expect(programRuleErrors([bridge(14, "Tolerating well, no pain next morning")], "SUBACUTE", previous, SHARED_CATALOGUE, savedBefore(previous))).toEqual({});
  });

  it("still needs the reason when the exercise was removed in between and is added back at a higher dose", () => {
    const dose = (item: ProgramItem) => ({ exerciseCode: item.exerciseCode, ...doseOf(item) });
    const history: LoadHistory = {
      recent: [
        { savedOn: "2026-11-20", items: [dose(bridge(10))] },
        { savedOn: "2026-11-25", items: [] },
      ],
      on: ON,
    };
    expect(programRuleErrors([bridge(14)], "SUBACUTE", [], SHARED_CATALOGUE, history)).toEqual({
      "items.0.loadChangeReason": ["The weekly load of Glute bridge, two-leg (dynamic) rises by 40 % over 2 weeks. Above 30 %, give a reason."],
    });
  });

  it("does not compare an exercise that is new in this version", () => {
    expect(programRuleErrors([bridge(40)], "SUBACUTE", [], SHARED_CATALOGUE, savedBefore([]))).toEqual({});
  });
});

describe("programRuleErrors with a clinic's own exercises", () => {
  const curl = clinicExercise({ code: "CX01" });
  // Its phases wrongly list ACUTE (the form refuses that; a rule must still hold): R-NO-HEAVY-ACUTE wins.
  const heavy = clinicExercise({ code: "CX02", name: "Clinic heavy hinge", heavyOrLengthening: true, phases: ["ACUTE", "SUBACUTE", "PREVENTION"] });
  const retired = clinicExercise({ code: "CX03", name: "Old band routine", phases: ["ACUTE", "SUBACUTE"], archivedAt: new Date("2026-11-01") });
  const catalogue = createExerciseCatalogue([curl, heavy, retired]);

  it("accepts the clinic's exercise, and refuses a code outside its catalogue, such as another clinic's", () => {
    expect(programRuleErrors([itemFromExercise(curl)], "SUBACUTE", [], catalogue, savedBefore([]))).toEqual({});
    expect(programRuleErrors([itemFromExercise(curl)], "SUBACUTE", [], SHARED_CATALOGUE, savedBefore([]))).toEqual({
      "items.0.exerciseCode": ["Choose an exercise from the library."],
    });
    expect(programRuleErrors([{ ...itemFromExercise(curl), exerciseCode: "CX09" }], "SUBACUTE", [], catalogue, savedBefore([]))).toEqual({
      "items.0.exerciseCode": ["Choose an exercise from the library."],
    });
  });

  it("holds a clinic exercise marked heavy or lengthening out of the acute phase (R-NO-HEAVY-ACUTE)", () => {
    expect(programRuleErrors([itemFromExercise(heavy)], "ACUTE", [], catalogue, savedBefore([]))).toEqual({
      "items.0.overrideReason": ["Clinic heavy hinge is not allowed in the acute phase. Give a reason to prescribe it anyway."],
    });
    expect(programRuleErrors([itemFromExercise(curl)], "ACUTE", [], catalogue, savedBefore([]))).toHaveProperty(["items.0.overrideReason"]);
    expect(programRuleErrors([itemFromExercise(heavy)], "SUBACUTE", [], catalogue, savedBefore([]))).toEqual({});
  });

  it("lets an archived exercise stay where the previous version had it, but not be added anew", () => {
    const item = itemFromExercise(retired);
    expect(programRuleErrors([item], "SUBACUTE", [], catalogue, savedBefore([]))).toEqual({
      "items.0.exerciseCode": ["Old band routine has been archived by your clinic. Choose another exercise."],
    });
    expect(programRuleErrors([item], "SUBACUTE", [item], catalogue, savedBefore([item]))).toEqual({});
  });

  it("applies the load rule to clinic exercises too", () => {
    const before = { ...itemFromExercise(curl), reps: 10 };
    expect(programRuleErrors([{ ...before, reps: 14 }], "SUBACUTE", [before], catalogue, savedBefore([before]))).toEqual({
      "items.0.loadChangeReason": ["The weekly load of Banded standing hamstring curl rises by 40 % over 2 weeks. Above 30 %, give a reason."],
    });
  });
});

describe("templateRuleErrors", () => {
  const curl = clinicExercise({ code: "CX01" });
  const retired = clinicExercise({ code: "CX02", name: "Old band routine", archivedAt: new Date("2026-11-01") });
  const catalogue = createExerciseCatalogue([curl, retired]);
  const items = (...codes: string[]) => codes.map((code) => ({ ...templateItemFromExercise({ code: "EX03", dosage: { text: "" } }), exerciseCode: code }));

  it("accepts shared and clinic exercises allowed in the phase", () => {
    expect(templateRuleErrors({ phase: "PREVENTION", items: items("EX30", "CX01") }, catalogue)).toEqual({});
  });

  it("names each exercise that is not allowed, unknown or archived, at its row", () => {
    expect(templateRuleErrors({ phase: "ACUTE", items: items("EX03", "EX30", "CX01", "CX07", "CX02") }, catalogue)).toEqual({
      "items.1.exerciseCode": ["Nordic hamstring exercise is not allowed in this phase."],
      "items.2.exerciseCode": ["Banded standing hamstring curl is not allowed in this phase."],
      "items.3.exerciseCode": ["CX07 is not in the library."],
      "items.4.exerciseCode": ["Old band routine has been archived."],
    });
  });

  it("runs in the form's schema too, so the admin sees it at the row before saving", () => {
    const result = templateSchemaFor(catalogue).safeParse({ name: "Bad", phase: "ACUTE", description: "", items: items("EX03", "EX30").map(toTemplateItemFields) });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.1.exerciseCode", "Nordic hamstring exercise is not allowed in this phase."]]);
    expect(templateSchemaFor(catalogue).safeParse({ name: "Good", phase: "PREVENTION", description: "", items: items("CX01").map(toTemplateItemFields) }).success).toBe(true);
  });

  it("refuses a template without exercises, and a why too long for the patient's card", () => {
    expect(templateSchemaFor(catalogue).safeParse({ name: "Empty", phase: "PREVENTION", description: "", items: [] }).error?.issues[0]?.message).toBe("Choose at least one exercise.");
    const long = [{ ...toTemplateItemFields(items("CX01")[0]!), patientReason: "x".repeat(301) }];
    expect(templateSchemaFor(catalogue).safeParse({ name: "Long", phase: "PREVENTION", description: "", items: long }).error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["items.0.patientReason", "Keep the why for the patient to 300 characters or fewer."],
    ]);
  });
});
