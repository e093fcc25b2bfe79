import "server-only";
import { isPausedByStepBack } from "@/lib/programs/paused-items";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { requirePatientScope } from "@/lib/core/auth/session";
import { addDays, weekStart } from "@/lib/core/calendar";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { withSavedVersions } from "@/lib/exercises/catalogue-lookup";
import { getActiveEpisode, getCurrentProgram, getMorningPain, getOwnSummary, listEpisodeLogsSince, listPainBefore } from "./data";
import { exerciseDetails } from "./exercise-details";
import { localDate, TIME_ZONE_COOKIE, timeZoneOrFallback, type IsoDate } from "./local-date";
import { evaluateMorningPain, previousPainState } from "./pain-rules";
import { buildPlanItems } from "./plan";
import type { MorningPainDTO, PortalHomeDTO, PortalPlanDTO } from "./types";

/** The patient's "today": the browser's time zone from the cookie the portal sets (UTC until it has). */
export async function loadPatientToday(): Promise<{ timeZone: string; today: IsoDate }> {
  const timeZone = timeZoneOrFallback((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return { timeZone, today: localDate(timeZone) };
}

/**
 * The portal home: today's plan from the active episode's current program, the week's logs for what
 * is due, and the next-morning question about yesterday's session. About eight queries, however
 * many exercises and logs there are.
 */
export async function loadPortalHome(): Promise<PortalHomeDTO & { timeZone: string }> {
  const { scope } = await requirePatientScope();
  const [summary, episode, { timeZone, today }] = await Promise.all([getOwnSummary(scope), getActiveEpisode(scope), loadPatientToday()]);
  if (!summary) notFound();
  const home = { firstName: summary.firstName, clinicName: summary.clinic.name, today, timeZone };
  if (!episode) return { ...home, plan: { kind: "no-episode" }, morningPain: null };

  const yesterday = addDays(today, -1);
  const since = [weekStart(today), yesterday].sort()[0]!;
  const [program, logs, painBefore, morningAnswer, liveCatalogue] = await Promise.all([
    getCurrentProgram(scope, episode.id),
    listEpisodeLogsSince(scope, episode.id, since),
    listPainBefore(scope, episode.id, yesterday),
    getMorningPain(scope, yesterday),
    loadExerciseCatalogue(scope),
  ]);
  // The plan describes its clinic exercises as the clinician gave them, not as since edited. Whether one
  // is paused is decided on the live exercise, as adherence, the caseload and the log action decide it.
  const given = program ? withSavedVersions(liveCatalogue, program.exerciseVersions) : liveCatalogue;

  const morningPain: MorningPainDTO | null = logs.some((log) => log.performedOn === yesterday)
    ? { sessionDate: yesterday, answer: morningAnswer && { pain: morningAnswer.pain, evaluation: evaluateMorningPain(morningAnswer.pain, previousPainState(painBefore, yesterday)) } }
    : null;
  const plan: PortalPlanDTO = program
    ? {
        kind: "plan",
        phase: episode.phase,
        programVersion: program.version,
        items: buildPlanItems(
          program.items.map((item) => ({
            ...item,
            exercise: exerciseDetails(given, item.exerciseCode),
            paused: isPausedByStepBack(liveCatalogue.byCode(item.exerciseCode), { program: program.phase, episode: episode.phase }),
          })),
          logs,
          { today, givenOn: localDate(timeZone, program.createdAt), phase: episode.phase },
        ),
      }
    : { kind: "no-program", phase: episode.phase };
  return { ...home, plan, morningPain };
}
