import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import type { ExerciseCatalogue } from "@/lib/exercises/catalogue-lookup";
import { listGateEvidence } from "./data";
import { gateInputsFrom, NO_EVIDENCE, type GateEpisode } from "./gate-evidence";
import { evaluateGate, type GateEvaluation } from "./gates";
import type { Phase } from "./phases";

/**
 * The exit gate of each episode's current phase, judged from its latest assessment and its logs (pain
 * during exercise, adherence), in a constant number of queries for any number of episodes. Takes the
 * caller's clinic scope as proof of access: the episode page and the caseload dashboard both use it,
 * so they never disagree about a gate. Prevention has no gate and reads nothing. The clinic's exercise
 * catalogue (which items a step back pauses) is loaded unless the caller already has it.
 */
export async function gateEvaluationsOf(
  scope: ClinicScope,
  episodes: readonly (GateEpisode & { id: string; phase: Phase })[],
  today: string,
  catalogue?: ExerciseCatalogue,
): Promise<Map<string, GateEvaluation>> {
  const gated = episodes.filter((episode) => episode.phase !== "PREVENTION");
  const exercises = gated.length ? (catalogue ?? (await loadExerciseCatalogue(scope))) : null;
  const evidence = exercises ? await listGateEvidence(scope, gated.map((episode) => episode.id), today, exercises.byCode) : new Map();
  return new Map(
    episodes.map((episode) => {
      const inputs = gateInputsFrom(episode, evidence.get(episode.id) ?? NO_EVIDENCE, today);
      return [episode.id, evaluateGate(episode.phase, inputs)];
    }),
  );
}
