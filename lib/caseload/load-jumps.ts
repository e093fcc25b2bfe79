import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { LOAD_RULE, loadChangeOverWindow, type Dose } from "@/lib/programs/load";
import { exerciseHistory } from "@/lib/programs/rules";

/**
 * Weekly-load rises that need a reason under R-LOAD (domain.md §3.1: > 30 % over 2 weeks [S46]) and
 * were saved without one, judged by the program editor's own rule (lib/programs/load.ts): against the
 * doses in force over the 2 weeks before each save, with the library's progressions (EX30 [S14]) as
 * planned steps. Exercises are looked up in the clinic's catalogue (the shared library and its own).
 */
export type VersionItem = Dose & { exerciseCode: string; loadChangeReason: string | null };
export type SavedVersion = { version: number; savedOn: string; items: readonly VersionItem[] };
/** percent is null when body weight became an external load (no common measure). */
export type LoadJump = { exerciseCode: string; exerciseName: string; percent: number | null; savedOn: string };

/**
 * Every unexplained rise in a version saved on or after `since` (a YYYY-MM-DD day). `versions` are the
 * episode's versions in order: those saved since then and the ones in force over R-LOAD's 2 weeks before.
 */
export function unexplainedLoadRisesSince(versions: readonly SavedVersion[], since: string, catalogue: ExerciseCatalogue): LoadJump[] {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const rises: LoadJump[] = [];
  ordered.forEach((version, index) => {
    if (version.savedOn < since) return;
    const earlier = ordered.slice(0, index);
    for (const item of version.items) {
      const exercise = catalogue.byCode(item.exerciseCode);
      if (!exercise || item.loadChangeReason?.trim()) continue;
      const change = loadChangeOverWindow(item, exerciseHistory(item.exerciseCode, earlier), version.savedOn, exercise.progression);
      if (change?.level === "reason-required") rises.push({ exerciseCode: item.exerciseCode, exerciseName: exercise.name, percent: change.percent, savedOn: version.savedOn });
    }
  });
  return rises;
}

/** How far back the caseload reads versions: the alert window plus R-LOAD's 2 weeks before it. */
export const LOAD_HISTORY_DAYS = LOAD_RULE.reasonOverDays;
