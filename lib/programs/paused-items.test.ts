import { describe, expect, it } from "vitest";
import { exerciseByCode } from "@/lib/exercises/library";
import { isPausedByStepBack } from "./paused-items";

const steppedBackToAcute = { program: "SUBACUTE", episode: "ACUTE" } as const;

describe("items paused by a step back (R-NO-HEAVY-ACUTE [S12])", () => {
  it("pauses the Nordic, RDL and Askling work of a subacute program once the episode is back in acute", () => {
    for (const code of ["EX14", "EX15", "EX16", "EX27", "EX28", "EX29", "EX30"]) {
      expect(isPausedByStepBack(exerciseByCode(code), { overrideReason: null }, steppedBackToAcute), code).toBe(true);
    }
  });

  it("keeps exercises the acute phase allows, and any the clinician kept with a reason", () => {
    expect(isPausedByStepBack(exerciseByCode("EX02"), { overrideReason: null }, steppedBackToAcute)).toBe(false);
    expect(isPausedByStepBack(exerciseByCode("EX30"), { overrideReason: "Eccentric work pain-free in clinic" }, steppedBackToAcute)).toBe(false);
  });

  it("pauses nothing when the program was saved for the phase the episode is in", () => {
    expect(isPausedByStepBack(exerciseByCode("EX30"), { overrideReason: null }, { program: "ACUTE", episode: "ACUTE" })).toBe(false);
    expect(isPausedByStepBack(exerciseByCode("EX30"), { overrideReason: null }, { program: "SUBACUTE", episode: "PREVENTION" })).toBe(false);
  });
});
