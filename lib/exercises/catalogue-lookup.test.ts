import { describe, expect, it } from "vitest";
import { createExerciseCatalogue, SHARED_CATALOGUE } from "./catalogue-lookup";
import { isClinicExercise } from "./clinic-exercise";
import { EXERCISES, isAllowedInPhase, phaseRestrictionNote } from "./library";
import { clinicExercise } from "@/scripts/testing/exercise-builders";

const codes = (list: readonly { code: string }[]) => list.map((exercise) => exercise.code);

describe("createExerciseCatalogue", () => {
  const curl = clinicExercise({ code: "CX01" });
  const stretch = clinicExercise({ code: "CX02", name: "Seated chair hamstring stretch", kind: "stretch", phases: ["ACUTE", "SUBACUTE"] });
  const retired = clinicExercise({ code: "CX10", name: "Old band routine", archivedAt: new Date("2026-11-01") });
  const catalogue = createExerciseCatalogue([retired, stretch, curl]);

  it("lists the shared library in its order, then the clinic's exercises by code number", () => {
    expect(codes(catalogue.all)).toEqual([...codes(EXERCISES), "CX01", "CX02", "CX10"]);
    expect(codes(catalogue.clinicExercises)).toEqual(["CX01", "CX02", "CX10"]);
  });

  it("finds shared and clinic codes alike, and nothing for a code it does not hold", () => {
    expect(catalogue.byCode("EX30")?.name).toBe("Nordic hamstring exercise");
    expect(catalogue.byCode("CX02")?.name).toBe("Seated chair hamstring stretch");
    expect(catalogue.byCode("CX03")).toBeUndefined();
    expect(SHARED_CATALOGUE.byCode("CX01")).toBeUndefined();
    expect(SHARED_CATALOGUE.all).toHaveLength(40);
  });

  it("keeps archived exercises findable for old programs but no longer offers them", () => {
    expect(catalogue.byCode("CX10")?.name).toBe("Old band routine");
    expect(catalogue.isOffered("CX10")).toBe(false);
    expect(codes(catalogue.offered)).not.toContain("CX10");
    expect(catalogue.isOffered("CX01")).toBe(true);
    expect(catalogue.isOffered("EX01")).toBe(true);
    expect(catalogue.isOffered("CX99")).toBe(false);
  });

  it("never lets a clinic entry stand in for a library code", () => {
    const impostor = { ...clinicExercise({ name: "Not the Nordic" }), code: "EX30" } as unknown as ReturnType<typeof clinicExercise>;
    const withImpostor = createExerciseCatalogue([impostor]);
    expect(withImpostor.byCode("EX30")?.name).toBe("Nordic hamstring exercise");
    expect(withImpostor.all).toHaveLength(40);
  });

  it("tells clinic exercises from library ones", () => {
    expect(catalogue.all.filter(isClinicExercise).map((exercise) => exercise.code)).toEqual(["CX01", "CX02", "CX10"]);
  });

  it("offers clinic exercises for a target only in the phases they allow, and never archived ones", () => {
    expect(codes(catalogue.forTarget("HAMSTRINGS", "ACUTE"))).toContain("CX02");
    expect(codes(catalogue.forTarget("HAMSTRINGS", "ACUTE"))).not.toContain("CX01");
    expect(codes(catalogue.forTarget("HAMSTRINGS", "PREVENTION"))).toContain("CX01");
    expect(codes(catalogue.forTarget("HAMSTRINGS", "SUBACUTE"))).not.toContain("CX10");
    expect(codes(catalogue.forTarget("HIP_FLEXORS", "PREVENTION"))).toEqual(["EX13", "EX37", "EX38"]);
  });
});

describe("phase rules for clinic exercises", () => {
  it("block heavy or lengthening clinic work in the acute phase (R-NO-HEAVY-ACUTE), even if its phases list it", () => {
    const heavy = clinicExercise({ heavyOrLengthening: true, phases: ["ACUTE", "SUBACUTE"] });
    expect(isAllowedInPhase(heavy, "ACUTE")).toBe(false);
    expect(isAllowedInPhase(heavy, "SUBACUTE")).toBe(true);
    expect(isAllowedInPhase({ ...heavy, heavyOrLengthening: false }, "ACUTE")).toBe(true);
  });

  it("follow the phases the admin chose", () => {
    const later = clinicExercise({ phases: ["PREVENTION"] });
    expect(isAllowedInPhase(later, "SUBACUTE")).toBe(false);
    expect(isAllowedInPhase(later, "PREVENTION")).toBe(true);
  });

  it("warn on a clinic stretch in the acute phase as on the library's: gentle, sub-maximal only (domain.md §2.1)", () => {
    const stretch = clinicExercise({ kind: "stretch", phases: ["ACUTE", "SUBACUTE"] });
    expect(phaseRestrictionNote(stretch, "ACUTE")).toMatch(/gentle, pain-free, sub-maximal/);
    expect(phaseRestrictionNote(stretch, "SUBACUTE")).toBeNull();
    expect(phaseRestrictionNote(clinicExercise({ kind: "exercise", phases: ["ACUTE"] }), "ACUTE")).toBeNull();
  });
});
