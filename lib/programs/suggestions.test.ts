import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/assessments/findings";
import { createExerciseCatalogue, SHARED_CATALOGUE } from "@/lib/exercises/catalogue-lookup";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import { clinicExercise } from "@/scripts/testing/exercise-builders";
import { suggestionsFor as suggestionsWith } from "./suggestions";

const finding = (code: string, side: Finding["side"], severity: Finding["severity"] = "impaired"): Finding => ({
  code,
  side,
  severity,
  text: `Finding ${code}`,
  sources: [],
});

const suggestionsFor = (findings: Finding[], phase: Parameters<typeof suggestionsWith>[1]) => suggestionsWith(findings, phase, SHARED_CATALOGUE);

describe("suggestionsFor", () => {
  it("proposes glute-medius strengthening for weak hip abduction, with the reason and a plain 'why'", () => {
    const suggestions = suggestionsFor([finding("mmt-hip-abd", "LEFT")], "SUBACUTE");
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      const exercise = exerciseByCode(suggestion.exerciseCode)!;
      expect(exercise.targets).toContain("GLUTEUS_MEDIUS");
      expect(exercise.kind).not.toBe("stretch");
      expect(suggestion.reason).toBe(`Finding mmt-hip-abd → ${exercise.name}`);
      expect(suggestion.patientReason).toBe("to strengthen the muscles at the side of your left hip, which tested weak");
    }
  });

  it("proposes only exercises allowed in the phase: no Askling or Nordic work in the acute phase", () => {
    const acute = suggestionsFor([finding("ake-knee-flex-angle", "RIGHT"), finding("mmt-knee-flex", "RIGHT")], "ACUTE");
    expect(acute.every((suggestion) => isAllowedInPhase(exerciseByCode(suggestion.exerciseCode)!, "ACUTE"))).toBe(true);
    expect(acute.map((suggestion) => suggestion.exerciseCode)).not.toContain("EX30");
    expect(acute.map((suggestion) => suggestion.exerciseCode)).toContain("EX12");
    const later = suggestionsFor([finding("ake-knee-flex-angle", "RIGHT")], "SUBACUTE").map((suggestion) => suggestion.exerciseCode);
    expect(later).toContain("EX12");
  });

  it("suggests stretches for tightness and lists an exercise once even when two findings point to it", () => {
    const suggestions = suggestionsFor([finding("ake-knee-flex-angle", "LEFT"), finding("slr-passive-hip-flex", "LEFT")], "PREVENTION");
    const codes = suggestions.map((suggestion) => suggestion.exerciseCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((code) => exerciseByCode(code)!.kind === "stretch")).toBe(true);
  });

  it("suggests nothing for informational findings or measures without a matching exercise", () => {
    expect(suggestionsFor([finding("ake-knee-flex-angle", "LEFT", "info"), finding("lld-true", "LEFT"), finding("nprs", "NONE")], "SUBACUTE")).toEqual([]);
  });
});

describe("suggestionsFor with a clinic's own exercises", () => {
  const band = clinicExercise({ code: "CX01", name: "Banded side step", targets: ["GLUTEUS_MEDIUS"], phases: ["ACUTE", "SUBACUTE"] });
  const heavy = clinicExercise({ code: "CX02", name: "Heavy lateral sled", targets: ["GLUTEUS_MEDIUS"], phases: ["SUBACUTE"], heavyOrLengthening: true });
  const retired = clinicExercise({ code: "CX03", name: "Old band walk", targets: ["GLUTEUS_MEDIUS"], phases: ["ACUTE"], archivedAt: new Date("2026-11-01") });
  const catalogue = createExerciseCatalogue([band, heavy, retired]);

  it("offers a clinic exercise that fits the finding and the phase, but never an archived one", () => {
    // In the acute phase the library has only the side plank (EX09) for gluteus medius, so the clinic's band work follows it.
    const acute = suggestionsWith([finding("mmt-hip-abd", "LEFT")], "ACUTE", catalogue).map((suggestion) => suggestion.exerciseCode);
    expect(acute).toEqual(["EX09", "CX01"]);
  });

  it("keeps a clinic exercise marked heavy out of the acute phase, even if its phases wrongly list it", () => {
    const onlyHeavy = createExerciseCatalogue([{ ...heavy, phases: ["ACUTE", "SUBACUTE"] }]);
    expect(suggestionsWith([finding("mmt-hip-abd", "LEFT")], "ACUTE", onlyHeavy).map((suggestion) => suggestion.exerciseCode)).toEqual(["EX09"]);
    expect(onlyHeavy.forTarget("GLUTEUS_MEDIUS", "SUBACUTE").map((exercise) => exercise.code)).toContain("CX02");
  });
});

describe("suggestions leave out what is not a home exercise for the finding (domain.md §2.2)", () => {
  const codes = (findings: Finding[], phase: Parameters<typeof suggestionsWith>[1]) => suggestionsFor(findings, phase).map((suggestion) => suggestion.exerciseCode);

  it("acute tight hamstrings: the gentle stretch EX12 and foam rolling, never the cramp-relief stretch EX40 [S43]", () => {
    // EX40 is allowed in every phase and is a hamstring stretch, so only the rule keeps it out.
    expect(isAllowedInPhase(exerciseByCode("EX40"), "ACUTE")).toBe(true);
    const acute = suggestionsFor([finding("ake-knee-flex-angle", "RIGHT")], "ACUTE");
    expect(acute.map((suggestion) => suggestion.exerciseCode)).toEqual(["EX12", "EX13"]);
    expect(acute.find((suggestion) => suggestion.exerciseCode === "EX40")).toBeUndefined();
    for (const phase of ["SUBACUTE", "PREVENTION"] as const) expect(codes([finding("slr-passive-hip-flex", "LEFT")], phase)).not.toContain("EX40");
  });

  it("keeps nightly cramp-prevention stretching EX39 [S44b] out of flexibility suggestions in prevention", () => {
    expect(codes([finding("ake-knee-flex-angle", "LEFT")], "PREVENTION")).toEqual(["EX12", "EX13"]);
  });

  it("acute weak hamstrings: the home isometric EX03 stays, the clinician-performed EX04 [S11] [S12] does not", () => {
    const acute = codes([finding("mmt-knee-flex", "LEFT")], "ACUTE");
    expect(acute).toEqual(["EX02", "EX03", "EX05"]);
    expect(acute).not.toContain("EX04");
  });
});
