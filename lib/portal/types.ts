import type { DoseValues } from "@/lib/diary/dose";
import type { Phase } from "@/lib/episodes/phases";
import type { Dose } from "@/lib/programs/load";
import type { DueState } from "./due-today";
import type { IsoDate } from "./local-date";
import type { MorningPainEvaluation, PainDuringEvaluation } from "./pain-rules";

/** What the patient sees of an exercise: its name, pictogram, instructions, and what one dose counts for ("per muscle"). */
export type ExerciseDetailsDTO = { name: string; illustration: string; instructions: string; dosePer?: string };

/** A logged dose; null where it was not recorded. */
export type DoseDTO = DoseValues;

/** The prescription as the plan shows it: the dose, its schedule (lib/programs/schedule.ts) and any time or distance dose. */
export type PrescribedDoseDTO = Dose;

export type ExerciseLogDTO = DoseDTO & {
  id: string;
  /** For same-day corrections: the version the patient's change is based on. */
  version: number;
  performedOn: IsoDate;
  asPrescribed: boolean;
  painDuring: number | null;
  note: string;
  /** Pain during against the current phase's limit (pain-rules.ts). */
  pain: PainDuringEvaluation;
};

export type PlanItemDTO = {
  programItemId: string;
  exercise: ExerciseDetailsDTO;
  prescribed: PrescribedDoseDTO;
  /** The clinician's note on this item. */
  notes: string;
  /** Why the exercise is there, in plain words ("to strengthen your left buttock muscles, …"); may be empty. */
  patientReason: string;
  due: DueState;
  /** Sessions logged today for this exercise, oldest first. */
  todaysLogs: ExerciseLogDTO[];
};

export type PortalPlanDTO =
  | { kind: "no-episode" }
  | { kind: "no-program"; phase: Phase }
  | { kind: "plan"; phase: Phase; programVersion: number; items: PlanItemDTO[] };

/** The next-morning question about yesterday's session, and the answer once given. */
export type MorningPainDTO = {
  sessionDate: IsoDate;
  answer: { pain: number; evaluation: MorningPainEvaluation } | null;
};

export type PortalHomeDTO = {
  firstName: string;
  clinicName: string;
  today: IsoDate;
  plan: PortalPlanDTO;
  morningPain: MorningPainDTO | null;
};
