import { exerciseByCode, isAllowedInPhase } from "@/lib/exercises/library";
import type { Phase } from "@/lib/exercises/library-types";
import { loadChange, type Dose, type LoadChange } from "./load";
import type { ProgramItemFields } from "./schema";

/**
 * Safety rules a program must pass before it is saved (domain.md R-NO-HEAVY-ACUTE and §3.1): an
 * exercise not allowed in the phase needs an override reason; a weekly load raised by more than 30 %
 * over the previous version needs a reason. Errors are keyed by the form's field paths.
 */
const PHASE_WORDS: Record<Phase, string> = { ACUTE: "the acute phase", SUBACUTE: "the subacute phase", PREVENTION: "the prevention phase" };

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
export function itemLoadChange(item: ProgramItemFields, previous: readonly ProgramItemFields[]): LoadChange | null {
  const before = previous.find((candidate) => candidate.exerciseCode === item.exerciseCode);
  const exercise = exerciseByCode(item.exerciseCode);
  if (!before || !exercise) return null;
  return loadChange(doseOf(before), doseOf(item), exercise.kind);
}

export function programRuleErrors(items: readonly ProgramItemFields[], phase: Phase, previous: readonly ProgramItemFields[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  items.forEach((item, index) => {
    const exercise = exerciseByCode(item.exerciseCode);
    if (!exercise) return;
    if (!isAllowedInPhase(exercise, phase) && item.overrideReason.trim() === "") {
      errors[`items.${index}.overrideReason`] = [`${exercise.name} is not allowed in ${PHASE_WORDS[phase]}. Give a reason to prescribe it anyway.`];
    }
    const change = itemLoadChange(item, previous);
    if (change?.level === "reason-required" && item.loadChangeReason.trim() === "") {
      errors[`items.${index}.loadChangeReason`] = [
        `The weekly load of ${exercise.name} rises by ${Math.round(change.percent)} %. Above 30 %, give a reason.`,
      ];
    }
  });
  return errors;
}
