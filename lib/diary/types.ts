import type { CrampDTO } from "@/lib/cramps/types";
import type { LefsResultRowDTO } from "@/lib/lefs/types";

/** One exercise session the patient logged, as the clinician's Diary tab shows it. */
export type ExerciseLogRowDTO = {
  id: string;
  /** The patient's calendar day, YYYY-MM-DD. */
  performedOn: string;
  exerciseCode: string;
  exerciseName: string;
  asPrescribed: boolean;
  doseDone: string;
  /** The dose of the program item the log belongs to, "" when the item has none. */
  prescribedDose: string;
  painDuring: number | null;
  /** The next-morning pain the patient gave for that day, if any (domain.md §3.2). */
  nextMorningPain: number | null;
  programVersion: number;
};

/** The newest rows of one diary table and how many there are in all. */
export type DiaryTableDTO<T> = { rows: T[]; total: number; limit: number };

export type PatientDiaryDTO = {
  logs: DiaryTableDTO<ExerciseLogRowDTO>;
  cramps: DiaryTableDTO<CrampDTO>;
  lefs: DiaryTableDTO<LefsResultRowDTO>;
};
