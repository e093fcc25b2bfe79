import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { isAllowedInPhase } from "@/lib/exercises/library";
import type { Phase } from "@/lib/exercises/library-types";
import { doseOf, loadChangeOverWindow, type Dose, type DoseInForce, type LoadChange } from "./load";
import type { ProgramItem, TemplateInput } from "./schema";

/**
 * Rules a program must pass before it is saved, against the caller's exercise catalogue (the shared
 * library plus their clinic's own exercises): every exercise must be in it (another clinic's code is
 * unknown here); an archived clinic exercise may stay where the previous version had it but not be added;
 * an exercise not allowed in the phase needs an override reason (domain.md R-NO-HEAVY-ACUTE); a weekly
 * load raised by more than 30 % over 2 weeks needs a reason unless it follows the library's own
 * progression (§3.1 R-LOAD, load.ts). Errors are keyed by the form's field paths.
 */
const PHASE_WORDS: Record<Phase, string> = { ACUTE: "the acute phase", SUBACUTE: "the subacute phase", PREVENTION: "the prevention phase" };

export const UNKNOWN_EXERCISE = "Choose an exercise from the library.";

/** A saved version's doses: the load guard's history. `savedOn` is its (UTC) day. */
export type DoseVersion = { savedOn: string; items: readonly (Dose & { exerciseCode: string })[] };

/** One exercise's doses through the versions, oldest first (null where a version did not have it). */
export function exerciseHistory(exerciseCode: string, versions: readonly DoseVersion[]): DoseInForce[] {
  return versions.map((version) => ({ from: version.savedOn, dose: version.items.find((item) => item.exerciseCode === exerciseCode) ?? null }));
}

/**
 * The change in weekly load a new item makes on day `on` against the exercise's doses in force over
 * R-LOAD's windows: `recent` holds the versions saved in the last 14 days and the one before them.
 */
export function itemLoadChange(item: Dose & { exerciseCode: string }, recent: readonly DoseVersion[], catalogue: ExerciseCatalogue, on: string): LoadChange | null {
  const exercise = catalogue.byCode(item.exerciseCode);
  if (!exercise) return null;
  return loadChangeOverWindow(doseOf(item), exerciseHistory(item.exerciseCode, recent), on, exercise.progression);
}

/** The editor's and the server's words for a rise that needs a reason. */
export function loadReasonMessage(exerciseName: string, change: LoadChange): string {
  return change.percent === null
    ? `${exerciseName} gets an external load where it was done with body weight. Give a reason.`
    : `The weekly load of ${exerciseName} rises by ${Math.round(change.percent)} % over 2 weeks. Above 30 %, give a reason.`;
}

export type LoadHistory = { recent: readonly DoseVersion[]; on: string };

export function programRuleErrors(
  items: readonly ProgramItem[],
  phase: Phase,
  previous: readonly { exerciseCode: string }[],
  catalogue: ExerciseCatalogue,
  { recent, on }: LoadHistory,
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
    const change = itemLoadChange(item, recent, catalogue, on);
    if (change?.level === "reason-required" && item.loadChangeReason.trim() === "") {
      errors[`items.${index}.loadChangeReason`] = [loadReasonMessage(exercise.name, change)];
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
