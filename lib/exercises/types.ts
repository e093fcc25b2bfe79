import type { ClinicExerciseCode } from "./library-types";
import type { ClinicExerciseFields } from "./schema";

/** A clinic exercise as its edit form needs it: the fields as typed, and the version the edit starts from. */
export type ClinicExerciseDTO = {
  id: string;
  code: ClinicExerciseCode;
  version: number;
  archived: boolean;
  fields: ClinicExerciseFields;
};
