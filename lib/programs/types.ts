import type { ClinicExerciseDefinition } from "@/lib/exercises/clinic-exercise";
import type { Phase } from "@/lib/exercises/library-types";
import type { ProgramItem } from "./schema";

/** The episode a program belongs to, as the program pages name it. */
export type ProgramEpisodeDTO = { id: string; diagnosis: string; phase: Phase };

export type ProgramVersionSummaryDTO = {
  version: number;
  phase: Phase;
  createdAt: string;
  createdByName: string;
  itemCount: number;
  note: string;
};

/** A saved version, its items in the editor's string form so it can be shown, edited or printed. */
export type ProgramVersionDTO = ProgramVersionSummaryDTO & {
  items: ProgramItem[];
  /** Its clinic exercises as they were when it was saved: read it through withSavedVersions (catalogue-lookup.ts). */
  exerciseVersions: ClinicExerciseDefinition[];
};
