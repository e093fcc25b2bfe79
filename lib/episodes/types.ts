import type { GateSnapshot } from "./gate-snapshot";
import type { Phase } from "./phases";

export type EpisodeStatus = "ACTIVE" | "ON_HOLD" | "FINISHED";

export type EpisodeSummaryDTO = {
  id: string;
  diagnosis: string;
  icd10Code: string;
  side: "LEFT" | "RIGHT" | "BOTH";
  onsetDate: string;
  mechanism: "SPRINTING" | "STRETCHING" | "OTHER";
  status: EpisodeStatus;
  phase: Phase;
  phaseSince: string;
  clinicianName: string;
  version: number;
};

export type PhaseChangeDTO = {
  fromPhase: Phase | null;
  toPhase: Phase;
  changedAt: string;
  changedByName: string;
  reason: string;
  /** The exit gate as it stood when the clinician moved the episode on; null for other changes. */
  gate: GateSnapshot | null;
};

export type EpisodeDTO = EpisodeSummaryDTO & { patientId: string; phaseChanges: PhaseChangeDTO[] };
