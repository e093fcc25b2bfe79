import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXERCISES, exerciseByCode, exercisesForTarget, isAllowedInPhase, phaseRestrictionNote } from "./library";
import { PHASES, type ExerciseDefinition, type Phase } from "./library-types";

const ex = (code: string) => {
  const exercise = exerciseByCode(code);
  if (!exercise) throw new Error(`no ${code} in the library`);
  return exercise;
};
const allowedPhases = (code: string) => PHASES.filter((phase) => isAllowedInPhase(ex(code), phase));
const codes = (list: readonly ExerciseDefinition[]) => list.map((exercise) => exercise.code);

describe("library contents", () => {
  it("holds EX01–EX40 once each, in order, and finds each by code", () => {
    const expected = Array.from({ length: 40 }, (_, i) => `EX${String(i + 1).padStart(2, "0")}`);
    expect(codes(EXERCISES)).toEqual(expected);
    for (const code of expected) expect(exerciseByCode(code)?.code).toBe(code);
    expect(exerciseByCode("EX41")).toBeUndefined();
    expect(exerciseByCode("ex01")).toBeUndefined();
  });

  it("gives every exercise a target, a phase it can actually be used in, sources and patient instructions", () => {
    for (const exercise of EXERCISES) {
      expect(exercise.targets.length, exercise.code).toBeGreaterThan(0);
      expect(PHASES.some((phase) => isAllowedInPhase(exercise, phase)), exercise.code).toBe(true);
      expect(exercise.sources.length, exercise.code).toBeGreaterThan(0);
      for (const source of exercise.sources) expect(source, exercise.code).toMatch(/^S\d+[a-z]?$/);
      expect(exercise.instructions.length, exercise.code).toBeGreaterThan(20);
      expect(exercise.dosage.text.length, exercise.code).toBeGreaterThan(0);
    }
  });

  it("points every exercise at its own illustration, which exists and is named for it", () => {
    for (const exercise of EXERCISES) {
      expect(exercise.illustration).toBe(`/exercises/${exercise.code.toLowerCase()}.svg`);
      const file = path.join(process.cwd(), "public", exercise.illustration);
      expect(existsSync(file), file).toBe(true);
      const svg = readFileSync(file, "utf8");
      expect(svg, exercise.code).toContain('role="img"');
      expect(svg.match(/<title>(.*?)<\/title>/)?.[1], exercise.code).toBe(exercise.name);
      expect(svg.length, exercise.code).toBeLessThan(1600);
    }
  });
});

describe("R-NO-HEAVY-ACUTE (domain.md §6)", () => {
  const heavy = ["EX14", "EX15", "EX16", "EX27", "EX28", "EX29", "EX30"];

  it("marks exactly the Askling, hip thrust, RDL, slider curl and Nordic items as heavy or lengthening", () => {
    expect(codes(EXERCISES.filter((exercise) => exercise.heavyOrLengthening))).toEqual(heavy);
  });

  it("refuses heavy work and the single-leg bridge in the acute phase", () => {
    for (const code of [...heavy, "EX26"]) {
      expect(isAllowedInPhase(ex(code), "ACUTE"), code).toBe(false);
      expect(phaseRestrictionNote(ex(code), "ACUTE"), code).toBeNull();
    }
  });

  it("allows them where the table does: Askling in subacute only, the rest in late subacute and prevention", () => {
    for (const code of ["EX14", "EX15", "EX16"]) expect(allowedPhases(code), code).toEqual(["SUBACUTE"]);
    for (const code of ["EX27", "EX28", "EX29", "EX30"]) {
      expect(allowedPhases(code), code).toEqual(["SUBACUTE", "PREVENTION"]);
      expect(phaseRestrictionNote(ex(code), "SUBACUTE"), code).toMatch(/late in the phase only/);
      expect(phaseRestrictionNote(ex(code), "PREVENTION"), code).toBeNull();
    }
    expect(allowedPhases("EX26")).toEqual(["SUBACUTE", "PREVENTION"]);
    expect(phaseRestrictionNote(ex("EX26"), "SUBACUTE")).toBeNull();
  });

  it("refuses heavy work in the acute phase even if an entry wrongly lists that phase", () => {
    const mislabelled: ExerciseDefinition = { ...ex("EX30"), phases: ["ACUTE", "SUBACUTE", "PREVENTION"] };
    expect(isAllowedInPhase(mislabelled, "ACUTE")).toBe(false);
    expect(isAllowedInPhase({ ...mislabelled, heavyOrLengthening: false }, "ACUTE")).toBe(true);
  });
});

describe("acute-phase stretching (domain.md §2.1)", () => {
  it("allows the static hamstring stretch in the acute phase with a gentle-only warning, and without one later", () => {
    expect(allowedPhases("EX12")).toEqual(["ACUTE", "SUBACUTE", "PREVENTION"]);
    expect(phaseRestrictionNote(ex("EX12"), "ACUTE")).toMatch(/gentle, pain-free, sub-maximal/);
    expect(phaseRestrictionNote(ex("EX12"), "SUBACUTE")).toBeNull();
  });

  it("warns on every stretch allowed in the acute phase except cramp relief, which the table allows in any phase", () => {
    const unwarned = EXERCISES.filter(
      (exercise) => exercise.kind === "stretch" && isAllowedInPhase(exercise, "ACUTE") && phaseRestrictionNote(exercise, "ACUTE") === null,
    );
    expect(codes(unwarned)).toEqual(["EX40"]);
  });

  it("keeps foam rolling away from the lesion and late-acute items late", () => {
    expect(phaseRestrictionNote(ex("EX13"), "ACUTE")).toMatch(/not over it/);
    for (const code of ["EX25", "EX35", "EX36"]) expect(phaseRestrictionNote(ex(code), "ACUTE"), code).toMatch(/late in the phase only/);
  });
});

describe("exercisesForTarget", () => {
  it("lists only exercises allowed in the phase, in library order", () => {
    const acuteHamstrings = codes(exercisesForTarget("HAMSTRINGS", "ACUTE"));
    expect(acuteHamstrings).toEqual(expect.arrayContaining(["EX01", "EX03", "EX12", "EX25", "EX40"]));
    for (const refused of ["EX14", "EX26", "EX28", "EX29", "EX30"]) expect(acuteHamstrings).not.toContain(refused);
    expect(acuteHamstrings).toEqual([...acuteHamstrings].sort());
  });

  it("finds gluteus medius work in the acute phase only in the side plank, and more once reloading starts", () => {
    expect(codes(exercisesForTarget("GLUTEUS_MEDIUS", "ACUTE"))).toEqual(["EX09"]);
    expect(codes(exercisesForTarget("GLUTEUS_MEDIUS", "SUBACUTE"))).toEqual(["EX09", "EX26", "EX31", "EX32", "EX34"]);
  });

  it("returns the hip-flexor stretches only outside the acute phase", () => {
    const hipFlexors = (phase: Phase) => codes(exercisesForTarget("HIP_FLEXORS", phase));
    expect(hipFlexors("ACUTE")).toEqual(["EX13"]);
    expect(hipFlexors("PREVENTION")).toEqual(["EX13", "EX37", "EX38"]);
  });
});

describe("dosage defaults", () => {
  it("reads sets, reps, holds and daily frequency from the table", () => {
    expect(ex("EX14").dosage).toMatchObject({ sets: 3, reps: 12, perDay: 2 });
    expect(ex("EX03").dosage).toMatchObject({ sets: 5, holdSeconds: 10 });
    expect(ex("EX03").dosage.reps).toBeUndefined();
    expect(ex("EX26").dosage).toMatchObject({ sets: 4, reps: 15 });
  });

  it("takes the lower bound of a range and keeps the table's wording and markers", () => {
    expect(ex("EX31").dosage).toMatchObject({ sets: 1, reps: 8, perWeek: 2, text: "1–3 × 8–12 (8–12 RM) [generic]" });
    expect(ex("EX02").dosage).toMatchObject({ sets: 2, reps: 10, text: "Pain-free range; 2–3 × 10 [design]" });
  });

  it("never sets a number the dosage text does not give", () => {
    for (const { code, dosage } of EXERCISES) {
      const { sets, reps, holdSeconds } = dosage as ExerciseDefinition["dosage"];
      if (sets !== undefined) expect(dosage.text, code).toMatch(new RegExp(`(^|\\D)${sets}(–\\d+)?( sets)? ×`));
      if (reps !== undefined) expect(dosage.text, code).toMatch(new RegExp(`× ${reps}(\\D|$)`));
      if (holdSeconds !== undefined) expect(dosage.text, code).toMatch(new RegExp(`(^|\\D)${holdSeconds} s`));
    }
  });

  it("turns Daily into 7 days a week and a weekly range into its lower bound", () => {
    for (const { code, dosage, frequencyText } of EXERCISES) {
      const perWeek = (dosage as ExerciseDefinition["dosage"]).perWeek;
      if (frequencyText === "Daily" || frequencyText === "Nightly") expect(perWeek, code).toBe(7);
      const weekly = /^(\d)–\d(?: d\/wk|×\/wk)/.exec(frequencyText);
      if (weekly) expect(perWeek, code).toBe(Number(weekly[1]));
    }
  });

  it("leaves frequencies that are not a weekly count unset", () => {
    for (const code of ["EX05", "EX15", "EX16", "EX24", "EX38", "EX40"]) expect(ex(code).dosage.perWeek, code).toBeUndefined();
  });
});
