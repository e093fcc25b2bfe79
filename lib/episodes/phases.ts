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
 * Highest pain during exercise that is acceptable in each phase (domain.md §3.2, [design] defaults
 * from the disagreement there): acute hamstring-strain work must stay under 2/10 [S11]; the
 * prevention phase follows the tendinopathy model's 5/10 [S45].
 */
export const MAX_PAIN_DURING: Record<Phase, { value: number; source: string }> = {
  ACUTE: { value: 2, source: "S11" },
  SUBACUTE: { value: 2, source: "S11" },
  PREVENTION: { value: 5, source: "S45" },
};
