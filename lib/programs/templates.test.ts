import { describe, expect, it } from "vitest";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
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
