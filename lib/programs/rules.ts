import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { isAllowedInPhase } from "@/lib/exercises/library";
import type { Phase } from "@/lib/exercises/library-types";
import { loadChange, type Dose, type LoadChange } from "./load";
import { templateSchema, type ProgramItemFields, type TemplateInput } from "./schema";

/**
 * Rules a program must pass before it is saved, against the caller's exercise catalogue (the shared
 * library plus their clinic's own exercises): every exercise must be in it (another clinic's code is
 * unknown here); an archived clinic exercise may stay where the previous version had it but not be added;
 * an exercise not allowed in the phase needs an override reason (domain.md R-NO-HEAVY-ACUTE); a weekly
 * load raised by more than 30 % over the previous version needs a reason (§3.1). Errors are keyed by the
 * form's field paths.
 */
const PHASE_WORDS: Record<Phase, string> = { ACUTE: "the acute phase", SUBACUTE: "the subacute phase", PREVENTION: "the prevention phase" };

export const UNKNOWN_EXERCISE = "Choose an exercise from the library.";

const orNull = (text: string) => (text === "" ? null : Number(text));

export function doseOf(item: Pick<ProgramItemFields, "sets" | "reps" | "holdSeconds" | "loadKg" | "perWeek" | "perDay">): Dose {
  return {
    sets: orNull(item.sets),
    reps: orNull(item.reps),
    holdSeconds: orNull(item.holdSeconds),
    loadKg: orNull(item.loadKg),
    perWeek: orNull(item.perWeek),
    perDay: orNull(item.perDay),
  };
}

/** The change in weekly load against the same exercise in the previous version, if it was there. */
export function itemLoadChange(item: ProgramItemFields, previous: readonly ProgramItemFields[], catalogue: ExerciseCatalogue): LoadChange | null {
  const before = previous.find((candidate) => candidate.exerciseCode === item.exerciseCode);
  const exercise = catalogue.byCode(item.exerciseCode);
  if (!before || !exercise) return null;
  return loadChange(doseOf(before), doseOf(item), exercise.kind);
}

export function programRuleErrors(
  items: readonly ProgramItemFields[],
  phase: Phase,
  previous: readonly ProgramItemFields[],
  catalogue: ExerciseCatalogue,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  items.forEach((item, index) => {
    const exercise = catalogue.byCode(item.exerciseCode);
    if (!exercise) {
      errors[`items.${index}.exerciseCode`] = [UNKNOWN_EXERCISE];
      return;
    }
    const keptFromPrevious = previous.some((candidate) => candidate.exerciseCode === item.exerciseCode);
    if (!catalogue.isOffered(item.exerciseCode) && !keptFromPrevious) {
      errors[`items.${index}.exerciseCode`] = [`${exercise.name} has been archived by your clinic. Choose another exercise.`];
    }
    if (!isAllowedInPhase(exercise, phase) && item.overrideReason.trim() === "") {
      errors[`items.${index}.overrideReason`] = [`${exercise.name} is not allowed in ${PHASE_WORDS[phase]}. Give a reason to prescribe it anyway.`];
    }
    const change = itemLoadChange(item, previous, catalogue);
    if (change?.level === "reason-required" && item.loadChangeReason.trim() === "") {
      errors[`items.${index}.loadChangeReason`] = [
        `The weekly load of ${exercise.name} rises by ${Math.round(change.percent)} %. Above 30 %, give a reason.`,
      ];
    }
  });
  return errors;
}

/**
 * A clinic template may hold only offered exercises of the catalogue that its phase allows. Errors are
 * keyed by the form's field paths (items.N.exerciseCode).
 */
export function templateRuleErrors(template: Pick<TemplateInput, "phase" | "items">, catalogue: ExerciseCatalogue): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  template.items.forEach(({ exerciseCode: code }, index) => {
    const exercise = catalogue.byCode(code);
    const message = !exercise
      ? `${code} is not in the library.`
      : !catalogue.isOffered(code)
        ? `${exercise.name} has been archived.`
        : isAllowedInPhase(exercise, template.phase)
          ? null
          : `${exercise.name} is not allowed in this phase.`;
    if (message) errors[`items.${index}.exerciseCode`] = [message];
  });
  return errors;
}

/** The template schema plus templateRuleErrors for one catalogue: the admin's form validates with it. */
export function templateSchemaFor(catalogue: ExerciseCatalogue) {
  return templateSchema.superRefine((template, ctx) => {
    for (const [path, messages] of Object.entries(templateRuleErrors(template, catalogue))) {
      for (const message of messages) ctx.addIssue({ code: "custom", path: path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message });
    }
  });
}
