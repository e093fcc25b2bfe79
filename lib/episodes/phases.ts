import { PHASES, type Phase } from "@/lib/exercises/library-types";

/** Phases of care in order (domain.md §2.1): A acute/protection → S subacute/chronic → P prevention. */
export { PHASES, type Phase };

export const PHASE_LABELS: Record<Phase, string> = {
  ACUTE: "Acute / protection",
  SUBACUTE: "Subacute / chronic",
  PREVENTION: "Prevention",
};

export function nextPhase(phase: Phase): Phase | null {
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

export function previousPhase(phase: Phase): Phase | null {
  const index = PHASES.indexOf(phase);
  return index > 0 ? PHASES[index - 1]! : null;
}

/**
 * Highest pain during exercise that is acceptable in each phase (domain.md §3.2 and R-PAIN): in the
 * acute and subacute phases pain of 2 or more calls for advice, so 0–1 is acceptable [S11]; the
 * prevention phase follows the tendinopathy model's 5/10 [S45].
 */
export const MAX_PAIN_DURING: Record<Phase, { value: number; source: string }> = {
  ACUTE: { value: 1, source: "S11" },
  SUBACUTE: { value: 1, source: "S11" },
  PREVENTION: { value: 5, source: "S45" },
};
