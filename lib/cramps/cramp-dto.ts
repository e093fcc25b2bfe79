import { crampRedFlags } from "./red-flags";
import type { CrampDTO } from "./types";

/**
 * The columns a cramp DTO is built from, shared by the portal's own list and the clinician's Diary
 * tab so both show the same thing (and nothing else crosses to the client).
 */
export const crampSelect = {
  id: true,
  onsetAt: true,
  context: true,
  muscleSite: true,
  side: true,
  durationSeconds: true,
  severity: true,
  stoppedActivity: true,
  reliefMethods: true,
  fluidIntakeMl: true,
  systemicSymptoms: true,
  popFelt: true,
  bruising: true,
  troubleStraightening: true,
  lastingTenderness: true,
  notes: true,
} as const;

/** A stored cramp as CRAMP_SELECT reads it: the DTO's fields with the database's date and nullable notes. */
export type CrampRecord = Omit<CrampDTO, "onsetAt" | "notes" | "redFlags"> & { onsetAt: Date; notes: string | null };

export function toCrampDTO(record: CrampRecord): CrampDTO {
  return { ...record, onsetAt: record.onsetAt.toISOString(), notes: record.notes ?? "", redFlags: crampRedFlags(record) };
}
