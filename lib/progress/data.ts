import "server-only";
import { listPatientAssessments } from "@/lib/assessments/data";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { loadExerciseCatalogue } from "@/lib/exercises/catalogue";
import { withStepBackPauses } from "@/lib/programs/paused-items";
import type { AssessedRows } from "./measure-series";
import type { EpisodeHistory, ProgressEpisodeRecord, ProgressRecords } from "./progress-view";
import { toIsoDate } from "@/lib/core/calendar";
import { calendarDayIn } from "@/lib/core/time-zones";
import { noteHref } from "@/lib/visit-notes/note-href";

/**
 * Reads for the progress tab: one patient's records in a constant number of queries (the episode
 * list, then six in parallel), however many logs, assessments or cramps there are. Every query
 * carries the caller's clinic id and the patient id; the episode's are also scoped by patient.
 * A date column is its own day; a timestamp (a phase change, a program saved) counts on its day in the
 * clinic's zone, the zone of the tab's "today".
 */
const day = toIsoDate;

/** The patient's episodes in the caller's clinic, newest first. */
export async function listProgressEpisodes(scope: ClinicScope, patientId: string): Promise<ProgressEpisodeRecord[]> {
  const records = await db.episode.findMany({
    where: { clinicId: scope.clinicId, patientId },
    orderBy: { createdAt: "desc" },
    select: { id: true, diagnosis: true, side: true, status: true, phase: true, onsetDate: true },
  });
  return records.map((record) => ({ ...record, onsetDate: day(record.onsetDate) }));
}

async function getEpisodeHistory(scope: ClinicScope, patientId: string, episodeId: string): Promise<EpisodeHistory | null> {
  const where = { clinicId: scope.clinicId, patientId, episodeId };
  const [episode, logs, mornings, catalogue] = await Promise.all([
    db.episode.findFirst({
      where: { id: episodeId, clinicId: scope.clinicId, patientId },
      select: {
        phaseChanges: { select: { toPhase: true, changedAt: true }, orderBy: { changedAt: "asc" } },
        statusChanges: { select: { toStatus: true, changedAt: true }, orderBy: { changedAt: "asc" } },
        programs: {
          select: {
            version: true,
            phase: true,
            createdAt: true,
            items: { select: { id: true, exerciseCode: true, perWeek: true, perDay: true, everyDays: true } },
          },
          orderBy: { version: "asc" },
        },
      },
    }),
    db.exerciseLog.findMany({ where, select: { programItemId: true, exerciseCode: true, performedOn: true, painDuring: true } }),
    db.morningPain.findMany({ where, select: { sessionDate: true, pain: true } }),
    loadExerciseCatalogue(scope),
  ]);
  if (!episode) return null;
  const dayOf = (instant: Date) => calendarDayIn(scope.timeZone, instant);
  const phaseChanges = episode.phaseChanges.map((change) => ({ toPhase: change.toPhase, on: dayOf(change.changedAt) }));
  return {
    phaseChanges: phaseChanges.map(({ toPhase, on }) => ({ toPhase, changedOn: on })),
    statusChanges: episode.statusChanges.map((change) => ({ toStatus: change.toStatus, on: dayOf(change.changedAt) })),
    // Items a step back paused are not due on those days (paused-items.ts), as the portal shows them.
    programs: episode.programs.map((program) => {
      const [paused] = withStepBackPauses(
        [{ from: dayOf(program.createdAt), phase: program.phase, items: program.items.map((item) => ({ ...item, id: String(item.id) })) }],
        phaseChanges,
        catalogue.byCode,
      );
      return { version: program.version, phase: program.phase, createdOn: dayOf(program.createdAt), items: paused!.items };
    }),
    logs: logs.map((log) => ({ ...log, programItemId: String(log.programItemId), performedOn: day(log.performedOn) })),
    mornings: mornings.map((answer) => ({ sessionDate: day(answer.sessionDate), pain: answer.pain })),
  };
}

/** The patient's assessments, oldest first, as the measure charts read them: the assessment pages' own read. */
async function listAssessedRows(scope: ClinicScope, patientId: string): Promise<AssessedRows[]> {
  return (await listPatientAssessments(scope, patientId)).map(({ assessedOn, acutePhase, rows }) => ({ assessedOn, acutePhase, rows }));
}

/**
 * Everything the progress view needs for one patient of the caller's clinic and the selected episode
 * (null when the patient has none). The caller has already checked the patient is in its clinic.
 */
export async function getProgressRecords(
  scope: ClinicScope,
  patient: { id: string; sex: ProgressRecords["sex"] },
  episodes: ProgressEpisodeRecord[],
  episodeId: string | null,
): Promise<ProgressRecords> {
  const owner = { clinicId: scope.clinicId, patientId: patient.id };
  const [history, assessments, lefs, cramps, notes] = await Promise.all([
    episodeId === null ? null : getEpisodeHistory(scope, patient.id, episodeId),
    listAssessedRows(scope, patient.id),
    db.lefsQuestionnaire.findMany({ where: { ...owner, completedAt: { not: null }, total: { not: null } }, select: { completedAt: true, total: true } }),
    db.crampEntry.findMany({ where: owner, select: { onsetAt: true, context: true } }),
    db.visitNote.findMany({ where: owner, select: { status: true, appointmentId: true, appointment: { select: { startsAt: true } } } }),
  ]);
  const dayOf = (instant: Date) => calendarDayIn(scope.timeZone, instant);
  return {
    sex: patient.sex,
    episodes,
    history,
    assessments,
    lefs: lefs.map((entry) => ({ completedOn: dayOf(entry.completedAt!), total: entry.total! })),
    cramps: cramps.map((cramp) => ({ onsetOn: dayOf(cramp.onsetAt), context: cramp.context })),
    visitNotes: notes.map((note) => ({ visitDay: dayOf(note.appointment.startsAt), status: note.status, href: noteHref(patient.id, note.appointmentId) })),
  };
}
