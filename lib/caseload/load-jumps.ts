import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { loadChange, type Dose } from "@/lib/programs/load";

/**
 * Weekly-load rises between consecutive program versions (lib/programs/load.ts, domain.md §3.1),
 * matched by exercise as the program editor matches them (rules.ts itemLoadChange), with exercises
 * looked up in the clinic's catalogue (the shared library and the clinic's own).
 */
export type VersionItem = Dose & { exerciseCode: string };
export type SavedVersion = { version: number; savedOn: string; items: readonly VersionItem[] };
export type LoadJump = { exerciseCode: string; exerciseName: string; percent: number; savedOn: string };

/** Every rise from the previous version to a version saved on or after `since` (a YYYY-MM-DD day). */
export function loadRisesSince(versions: readonly SavedVersion[], since: string, catalogue: ExerciseCatalogue): LoadJump[] {
  const byNumber = new Map(versions.map((version) => [version.version, version]));
  const rises: LoadJump[] = [];
  for (const version of versions) {
    const previous = byNumber.get(version.version - 1);
    if (version.savedOn < since || !previous) continue;
    for (const item of version.items) {
      const before = previous.items.find((candidate) => candidate.exerciseCode === item.exerciseCode);
      const exercise = catalogue.byCode(item.exerciseCode);
      if (!before || !exercise) continue;
      const change = loadChange(before, item, exercise.kind);
      if (change && change.percent > 0) rises.push({ exerciseCode: item.exerciseCode, exerciseName: exercise.name, percent: change.percent, savedOn: version.savedOn });
    }
  }
  return rises;
}
