import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/assessments/findings";
import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import { suggestionsFor } from "./suggestions";

const finding = (code: string, side: Finding["side"], severity: Finding["severity"] = "impaired"): Finding => ({
  code,
  side,
  severity,
  text: `Finding ${code}`,
  sources: [],
});

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
