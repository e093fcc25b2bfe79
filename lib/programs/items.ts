import { formText, readFormNumber } from "@/lib/core/form-text";
import { DOSE_LIMITS, isLoadKg, isWholeWithin, PROGRAM_DOSE_LIMITS } from "@/lib/exercises/dose-limits";
import { exerciseByCode } from "@/lib/exercises/library";
import type { ExerciseDefinition } from "@/lib/exercises/library-types";
import type { Dose } from "./load";
import type { ProgramItem, ProgramItemFields, TemplateItem, TemplateItemFields } from "./schema";

/**
 * Program and template items as the editors make and hold them: dosed from an exercise or a template,
 * turned into form text and read back. Free of zod (schema.ts validates), so the editors' first load
 * does not bring it.
 */

/** The why the patient reads on the portal and the handout. */
export const PATIENT_REASON_MAX = 300;

type DosedExercise = Pick<ExerciseDefinition, "code" | "dosage" | "purpose">;

/** A template item dosed from the exercise's defaults (domain.md §2.2 for the library), its why the exercise's purpose. */
export function templateItemFromExercise(exercise: DosedExercise): TemplateItem {
  const { dosage } = exercise;
  return {
    exerciseCode: exercise.code,
    sets: dosage.sets ?? null,
    reps: dosage.reps ?? null,
    holdSeconds: dosage.holdSeconds ?? null,
    loadKg: null,
    perWeek: dosage.perWeek ?? null,
    perDay: dosage.perDay ?? null,
    everyDays: dosage.everyDays ?? null,
    durationSeconds: dosage.durationSeconds ?? null,
    distanceM: null,
    patientReason: exercise.purpose ?? "",
  };
}

/**
 * A program item from a template item: the template's dose as stored, and its why; a template item
 * saved without a why gets the exercise's purpose (none for a clinic exercise).
 */
export function itemFromTemplate(item: TemplateItem, exercise: Pick<ExerciseDefinition, "purpose"> | undefined): ProgramItem {
  return { ...item, patientReason: item.patientReason || (exercise?.purpose ?? ""), notes: "", rationale: "", overrideReason: "", loadChangeReason: "" };
}

/**
 * A new item dosed from the exercise's defaults (shared library or clinic exercise alike). Its why is
 * the finding's when it comes from a suggestion, else the exercise's purpose (a clinic exercise has none).
 */
export function itemFromExercise(exercise: DosedExercise, rationale = "", patientReason?: string): ProgramItem {
  const item = templateItemFromExercise(exercise);
  return { ...itemFromTemplate(item, exercise), rationale, patientReason: patientReason || item.patientReason };
}

/** A new item for a shared-library code (the demo seed and tests); an unknown code gets no dose. */
export function itemFromLibrary(code: string, rationale = "", patientReason?: string): ProgramItem {
  const exercise = exerciseByCode(code);
  return itemFromExercise({ code: code as ExerciseDefinition["code"], dosage: exercise?.dosage ?? { text: "" }, purpose: exercise?.purpose }, rationale, patientReason);
}

/** A dose as the forms hold it ("" = not set): the inverse of the schemas' formNumber. */
export function doseFieldsOf(dose: Dose): Record<keyof Dose, string> {
  return {
    sets: formText(dose.sets),
    reps: formText(dose.reps),
    holdSeconds: formText(dose.holdSeconds),
    loadKg: formText(dose.loadKg),
    perWeek: formText(dose.perWeek),
    perDay: formText(dose.perDay),
    everyDays: formText(dose.everyDays),
    durationSeconds: formText(dose.durationSeconds),
    distanceM: formText(dose.distanceM),
  };
}

/** A program item as the editor's form holds it. */
export const toItemFields = (item: ProgramItem): ProgramItemFields => ({ ...item, ...doseFieldsOf(item) });

/** A template item as the template form holds it. */
export const toTemplateItemFields = (item: TemplateItem): TemplateItemFields => ({ ...item, ...doseFieldsOf(item) });

/** What each dose field accepts: the predicates schema.ts checks with. */
export const DOSE_VALID: Record<keyof Dose, (value: number) => boolean> = {
  sets: isWholeWithin(DOSE_LIMITS.sets),
  reps: isWholeWithin(DOSE_LIMITS.reps),
  holdSeconds: isWholeWithin(DOSE_LIMITS.holdSeconds),
  loadKg: isLoadKg,
  perWeek: isWholeWithin(DOSE_LIMITS.perWeek),
  perDay: isWholeWithin(DOSE_LIMITS.perDay),
  everyDays: isWholeWithin(PROGRAM_DOSE_LIMITS.everyDays),
  durationSeconds: isWholeWithin(PROGRAM_DOSE_LIMITS.durationSeconds),
  distanceM: isWholeWithin(PROGRAM_DOSE_LIMITS.distanceM),
};

/**
 * An item's exercise and dose as numbers, read from the editor's text while the rest of the item is
 * still being typed (the load guard), or null while a dose field does not read as the schema would
 * accept it. Reads each field as programItemSchema does (items.test.ts holds them to agree).
 */
export function itemDoseOf(item: Pick<ProgramItemFields, "exerciseCode" | keyof Dose>): (Dose & { exerciseCode: string }) | null {
  const dose: Partial<Dose> = {};
  for (const field of Object.keys(DOSE_VALID) as (keyof Dose)[]) {
    const value = readFormNumber(item[field], DOSE_VALID[field]);
    if (value === undefined) return null;
    dose[field] = value;
  }
  return { exerciseCode: item.exerciseCode, ...(dose as Dose) };
}
