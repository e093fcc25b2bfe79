import { describe, expect, it } from "vitest";
import { SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import { templateSchemaFor } from "./rules";
import { PROGRAM_TEMPLATES, templatesForPhase } from "./templates";

describe("program templates", () => {
  it("only name library exercises that are allowed in the template's phase", () => {
    for (const template of PROGRAM_TEMPLATES) {
      for (const code of template.exerciseCodes) {
        const exercise = exerciseByCode(code);
        expect(exercise, `${template.id} ${code}`).toBeDefined();
        expect(isAllowedInPhase(exercise!, template.phase), `${template.id} ${code}`).toBe(true);
      }
    }
  });

  it("keeps heavy and lengthening work out of the acute template, and puts the Nordic in prevention", () => {
    const [acute] = templatesForPhase("ACUTE");
    expect(acute?.exerciseCodes.some((code) => exerciseByCode(code)!.heavyOrLengthening)).toBe(false);
    expect(templatesForPhase("PREVENTION")[0]?.exerciseCodes).toContain("EX30");
    expect(templatesForPhase("SUBACUTE")[0]?.exerciseCodes).toEqual(expect.arrayContaining(["EX14", "EX15", "EX16"]));
  });
});

describe("clinic templates", () => {
  const clinicTemplate = { id: "t1", name: "Our sprint return", phase: "PREVENTION" as const, description: "", exerciseCodes: ["EX30"] };

  it("are offered after the built-in ones, in their own phase only", () => {
    expect(templatesForPhase("PREVENTION", [clinicTemplate]).map((template) => template.id)).toEqual(["prevention", "t1"]);
    expect(templatesForPhase("ACUTE", [clinicTemplate]).map((template) => template.id)).toEqual(["acute-protection"]);
  });

  it("may only hold exercises allowed in their phase", () => {
    const templateSchema = templateSchemaFor(SHARED_CATALOGUE);
    const acuteNordic = templateSchema.safeParse({ name: "Bad", phase: "ACUTE", description: "", exerciseCodes: ["EX03", "EX30"] });
    expect(acuteNordic.success).toBe(false);
    expect(acuteNordic.error?.issues.map((issue) => issue.message)).toEqual(["Nordic hamstring exercise is not allowed in this phase."]);
    expect(templateSchema.safeParse({ name: "Good", phase: "PREVENTION", description: "", exerciseCodes: ["EX30"] }).success).toBe(true);
    expect(templateSchema.safeParse({ name: "Empty", phase: "PREVENTION", description: "", exerciseCodes: [] }).success).toBe(false);
  });
});
