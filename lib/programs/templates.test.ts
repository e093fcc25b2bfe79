import { describe, expect, it } from "vitest";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import { itemFromTemplate, templateItemFromExercise, toTemplateItemFields } from "./items";
import { templateSchemaFor } from "./schema";
import { PROGRAM_TEMPLATES, templatesForPhase, type ProgramTemplate } from "./templates";

const codes = (template: ProgramTemplate | undefined) => template?.items.map((item) => item.exerciseCode) ?? [];
const builtIn = (id: string, code: string) => PROGRAM_TEMPLATES.find((template) => template.id === id)!.items.find((item) => item.exerciseCode === code)!;

describe("program templates", () => {
  it("only name library exercises that are allowed in the template's phase", () => {
    for (const template of PROGRAM_TEMPLATES) {
      for (const code of codes(template)) {
        const exercise = exerciseByCode(code);
        expect(exercise, `${template.id} ${code}`).toBeDefined();
        expect(isAllowedInPhase(exercise!, template.phase), `${template.id} ${code}`).toBe(true);
      }
    }
  });

  it("keeps heavy and lengthening work out of the acute template, and puts the Nordic in prevention", () => {
    const [acute] = templatesForPhase("ACUTE");
    expect(codes(acute).some((code) => exerciseByCode(code)!.heavyOrLengthening)).toBe(false);
    expect(codes(templatesForPhase("PREVENTION")[0])).toContain("EX30");
    expect(codes(templatesForPhase("SUBACUTE")[0])).toEqual(expect.arrayContaining(["EX14", "EX15", "EX16"]));
  });

  it("store domain.md §2.2's dose for each exercise, and its purpose as the why", () => {
    // EX12: 30 s hold, 1×/day, 5 d/wk to gain range [S48].
    expect(builtIn("acute-protection", "EX12")).toMatchObject({ sets: null, reps: null, holdSeconds: 30, perDay: 1, perWeek: 5, patientReason: "to make your hamstrings more flexible" });
    // EX05: 10 min, frequency differs by phase [S12]; EX08: 5 × 10 s daily [S12].
    expect(builtIn("acute-protection", "EX05")).toMatchObject({ durationSeconds: 600, perWeek: null });
    expect(builtIn("acute-protection", "EX08")).toMatchObject({ sets: 5, holdSeconds: 10, perWeek: 7 });
    // EX13: 1–3 sets × 30–120 s per muscle, 3–7 d/wk [S50]: the lower bounds.
    expect(builtIn("prevention", "EX13")).toMatchObject({ sets: 1, durationSeconds: 30, perWeek: 3 });
    // EX30: week 1 of the Nordic programme, 1 session of 2 × 5 [S14]; EX14: 3 × 12, 2×/day [S10].
    expect(builtIn("prevention", "EX30")).toMatchObject({ sets: 2, reps: 5, perWeek: 1 });
    expect(builtIn("subacute-reloading", "EX14")).toMatchObject({ sets: 3, reps: 12, perDay: 2 });
    // EX15 every other day [S10]: the schedule the load guard and adherence count.
    expect(builtIn("subacute-reloading", "EX15")).toMatchObject({ everyDays: 2, perWeek: null });
    for (const template of PROGRAM_TEMPLATES) for (const item of template.items) expect(item.patientReason, item.exerciseCode).toBe(exerciseByCode(item.exerciseCode)!.purpose);
  });

  it("fill the editor with their doses and whys when applied", () => {
    const applied = PROGRAM_TEMPLATES[0]!.items.map((item) => itemFromTemplate(item, exerciseByCode(item.exerciseCode)));
    expect(applied.find((item) => item.exerciseCode === "EX03")).toEqual({
      exerciseCode: "EX03",
      sets: 5,
      reps: null,
      holdSeconds: 10,
      durationSeconds: null,
      distanceM: null,
      loadKg: null,
      perWeek: 7,
      perDay: null,
      everyDays: null,
      patientReason: "to start working your hamstring gently, with holds that do not hurt",
      notes: "",
      rationale: "",
      overrideReason: "",
      loadChangeReason: "",
    });
  });
});

describe("clinic templates", () => {
  const nordic = { ...templateItemFromExercise(exerciseByCode("EX30")), sets: 3, reps: 8, perWeek: 3, patientReason: "" };
  const clinicTemplate: ProgramTemplate = { id: "t1", name: "Our sprint return", phase: "PREVENTION", description: "", items: [nordic] };

  it("are offered after the built-in ones, in their own phase only", () => {
    expect(templatesForPhase("PREVENTION", [clinicTemplate]).map((template) => template.id)).toEqual(["prevention", "t1"]);
    expect(templatesForPhase("ACUTE", [clinicTemplate]).map((template) => template.id)).toEqual(["acute-protection"]);
  });

  it("apply with the clinic's own dose; a why left empty becomes the exercise's purpose", () => {
    expect(itemFromTemplate(nordic, exerciseByCode("EX30"))).toMatchObject({ sets: 3, reps: 8, perWeek: 3, patientReason: exerciseByCode("EX30").purpose });
    expect(itemFromTemplate({ ...nordic, patientReason: "to get you back to sprinting" }, exerciseByCode("EX30")).patientReason).toBe("to get you back to sprinting");
    expect(itemFromTemplate(nordic, undefined).patientReason).toBe("");
  });

  it("may only hold exercises allowed in their phase", () => {
    const templateSchema = templateSchemaFor(SHARED_CATALOGUE);
    const acuteNordic = templateSchema.safeParse({ name: "Bad", phase: "ACUTE", description: "", items: [templateItemFromExercise(exerciseByCode("EX03")), nordic].map(toTemplateItemFields) });
    expect(acuteNordic.success).toBe(false);
    expect(acuteNordic.error?.issues.map((issue) => issue.message)).toEqual(["Nordic hamstring exercise is not allowed in this phase."]);
    expect(templateSchema.safeParse({ name: "Good", phase: "PREVENTION", description: "", items: [toTemplateItemFields(nordic)] }).success).toBe(true);
    expect(templateSchema.safeParse({ name: "Empty", phase: "PREVENTION", description: "", items: [] }).success).toBe(false);
  });
});
