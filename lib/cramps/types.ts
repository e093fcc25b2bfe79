import type { CrampRedFlag, StrainAnswers } from "./red-flags";
import type { CrampContext, CrampSide, MuscleSite, ReliefMethod } from "./labels";

/** One diary cramp as the portal and the clinician's Diary tab show it, with its R-CRAMP red flags. */
export type CrampDTO = StrainAnswers & {
  id: string;
  onsetAt: string;
  context: CrampContext;
  muscleSite: MuscleSite;
  side: CrampSide;
  durationSeconds: number;
  severity: number;
  stoppedActivity: boolean;
  reliefMethods: ReliefMethod[];
  fluidIntakeMl: number | null;
  systemicSymptoms: boolean;
  notes: string;
  redFlags: CrampRedFlag[];
};
