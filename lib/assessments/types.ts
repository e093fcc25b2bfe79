import type { Change } from "./changes";
import type { MeasurementCorrection } from "./corrections";
import type { Finding } from "./findings";
import type { MeasurementRow } from "./measurement-form-mapping";

export type AssessmentDTO = {
  id: string;
  patientId: string;
  episodeId: string | null;
  /** The linked episode's injured side, when it names one leg. */
  involvedSide: "LEFT" | "RIGHT" | null;
  /** YYYY-MM-DD */
  assessedOn: string;
  /** Taken while its episode was in the acute phase: the acute-injury MDCs judge its changes (changes.ts). */
  acutePhase: boolean;
  clinicianId: string;
  clinicianName: string;
  bodyMassKg: number | null;
  notes: string;
  version: number;
  /** Current values only. */
  rows: MeasurementRow[];
  /** Earlier values that corrections changed or removed, newest first. */
  corrections: MeasurementCorrection[];
};

/** One assessment as the clinician reads it: values, findings and change since the one before. */
export type AssessmentView = AssessmentDTO & {
  findings: Finding[];
  previous: { id: string; assessedOn: string } | null;
  changes: Change[];
};

export type AssessmentSummaryDTO = {
  id: string;
  assessedOn: string;
  clinicianName: string;
  findingCount: number;
  measurementCount: number;
};

export type NamedOption = { id: string; name: string };
export type ClinicianOption = NamedOption;
