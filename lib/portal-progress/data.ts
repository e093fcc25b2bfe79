import "server-only";
import { measuredInAcutePhase } from "@/lib/assessments/phase-at-measurement";
import { isMeasureCode } from "@/lib/assessments/catalogue";
import type { PatientScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { withStepBackPauses } from "@/lib/programs/paused-items";
import { PORTAL_MEASURE_CODES } from "./measures";
import type { PortalProgressData } from "./progress";
import { toIsoDate } from "@/lib/core/calendar";

const day = toIsoDate;

/**
 * Everything the patient's Progress page needs, for the signed-in patient only: every query carries
 * the scope's clinic id and patient id, never an id from the request. Five queries whatever the amount
 * of data (the episode with its versions, status and phase history and assessments; the logs and
 * next-morning pain since `from`; whether anything was ever logged; the clinic's exercises), so the
 * page cost does not grow with history.
 * The current episode is the newest one not finished.
 */
export async function getPortalProgressData(scope: PatientScope, from: string): Promise<PortalProgressData> {
  const owned = { clinicId: scope.clinicId, patientId: scope.patientId };
  const episode = await db.episode.findFirst({
    where: { ...owned, status: { in: ["ACTIVE", "ON_HOLD"] } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      side: true,
      phase: true,
      status: true,
      programs: {
        where: { clinicId: scope.clinicId },
        orderBy: { version: "asc" },
        select: {
          createdAt: true,
          phase: true,
          items: {
            where: { clinicId: scope.clinicId },
            orderBy: { position: "asc" },
            select: { id: true, exerciseCode: true, perWeek: true, perDay: true, everyDays: true },
          },
        },
      },
      statusChanges: { where: { clinicId: scope.clinicId }, orderBy: { changedAt: "asc" }, select: { toStatus: true, changedAt: true } },
      phaseChanges: { orderBy: { changedAt: "asc" }, select: { toPhase: true, changedAt: true } },
      assessments: {
        where: owned,
        orderBy: [{ assessedOn: "asc" }, { createdAt: "asc" }],
        select: {
          assessedOn: true,
          measurements: {
            where: { clinicId: scope.clinicId, measureCode: { in: PORTAL_MEASURE_CODES } },
            select: { measureCode: true, side: true, value: true, method: true, context: true, flag: true },
          },
        },
      },
    },
  });
  if (!episode || (episode.status !== "ACTIVE" && episode.status !== "ON_HOLD")) {
    return { episode: null, logs: [], morningPain: [], hasLogged: false };
  }

  const ofEpisode = { ...owned, episodeId: episode.id };
  const since = new Date(`${from}T00:00:00Z`);
  const [logs, morningPain, anyLog, catalogue] = await Promise.all([
    db.exerciseLog.findMany({
      where: { ...ofEpisode, performedOn: { gte: since } },
      select: { programItemId: true, exerciseCode: true, performedOn: true, painDuring: true },
    }),
    db.morningPain.findMany({ where: { ...ofEpisode, sessionDate: { gte: since } }, select: { sessionDate: true, pain: true } }),
    db.exerciseLog.findFirst({ where: ofEpisode, select: { id: true } }),
    loadExerciseCatalogue(scope),
  ]);

  return {
    episode: {
      side: episode.side,
      phase: episode.phase,
      status: episode.status,
      // Items a step back paused are not due on those days, as the portal plan shows them.
      versions: withStepBackPauses(
        episode.programs.map((program) => ({ from: day(program.createdAt), phase: program.phase, items: program.items.map((item) => ({ ...item, id: String(item.id) })) })),
        episode.phaseChanges.map((change) => ({ toPhase: change.toPhase, on: day(change.changedAt) })),
        catalogue.byCode,
      ),
      statusChanges: episode.statusChanges.map((change) => ({ toStatus: change.toStatus, on: day(change.changedAt) })),
      assessments: episode.assessments.map((assessment) => ({
        assessedOn: day(assessment.assessedOn),
        acutePhase: measuredInAcutePhase(episode.phaseChanges, day(assessment.assessedOn), scope.clinicTimeZone),
        rows: assessment.measurements.flatMap((row) => (isMeasureCode(row.measureCode) ? [{ ...row, measureCode: row.measureCode }] : [])),
      })),
    },
    logs: logs.map((log) => ({ ...log, programItemId: String(log.programItemId), performedOn: day(log.performedOn) })),
    morningPain: morningPain.map((entry) => ({ day: day(entry.sessionDate), pain: entry.pain })),
    hasLogged: anyLog !== null,
  };
}
