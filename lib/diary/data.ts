import "server-only";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db } from "@/lib/core/db";
import { crampSelect, toCrampDTO } from "@/lib/cramps/cramp-dto";
import type { CrampDTO } from "@/lib/cramps/types";
import { exerciseByCode } from "@/lib/exercises/library";
import { lefsSummarySelect, toLefsSummary } from "@/lib/lefs/lefs-summary-dto";
import { withLefsChanges } from "@/lib/lefs/trend";
import type { LefsResultRowDTO } from "@/lib/lefs/types";
import { doseDoneText, doseText } from "./dose";
import type { DiaryTableDTO, ExerciseLogRowDTO } from "./types";
import { toIsoDate } from "@/lib/core/calendar";

/**
 * The clinician's Diary tab reads. Each takes the caller's ClinicScope and a patient id the loader has
 * already resolved in that clinic, and puts both in every `where`. Each table shows the newest
 * DIARY_LIMIT rows, with the full count so the page can say when there are more.
 */
export const DIARY_LIMIT = 100;

const isoDate = toIsoDate;

export async function listDiaryExerciseLogs(scope: ClinicScope, patientId: string): Promise<DiaryTableDTO<ExerciseLogRowDTO>> {
  const where = { clinicId: scope.clinicId, patientId };
  const [records, total] = await Promise.all([
    db.exerciseLog.findMany({
      where,
      orderBy: [{ performedOn: "desc" }, { createdAt: "desc" }],
      take: DIARY_LIMIT,
      select: {
        id: true,
        performedOn: true,
        exerciseCode: true,
        asPrescribed: true,
        sets: true,
        reps: true,
        holdSeconds: true,
        loadKg: true,
        painDuring: true,
        program: { select: { version: true } },
        programItem: { select: { sets: true, reps: true, holdSeconds: true, loadKg: true } },
      },
    }),
    db.exerciseLog.count({ where }),
  ]);
  // Next-morning pain is kept per exercise day (MorningPain.sessionDate), so fetch those days in one query.
  const mornings = records.length
    ? await db.morningPain.findMany({
        where: { ...where, sessionDate: { in: [...new Set(records.map((record) => isoDate(record.performedOn)))].map((day) => new Date(`${day}T00:00:00Z`)) } },
        select: { sessionDate: true, pain: true },
      })
    : [];
  const morningPainOn = new Map(mornings.map((morning) => [isoDate(morning.sessionDate), morning.pain]));
  const rows = records.map(({ program, programItem, performedOn, ...log }) => ({
    id: log.id,
    performedOn: isoDate(performedOn),
    exerciseCode: log.exerciseCode,
    exerciseName: exerciseByCode(log.exerciseCode)?.name ?? log.exerciseCode,
    asPrescribed: log.asPrescribed,
    doseDone: doseDoneText(log),
    prescribedDose: doseText(programItem),
    painDuring: log.painDuring,
    nextMorningPain: morningPainOn.get(isoDate(performedOn)) ?? null,
    programVersion: program.version,
  }));
  return { rows, total, limit: DIARY_LIMIT };
}

export async function listDiaryCramps(scope: ClinicScope, patientId: string): Promise<DiaryTableDTO<CrampDTO>> {
  const where = { clinicId: scope.clinicId, patientId };
  const [records, total] = await Promise.all([
    db.crampEntry.findMany({ where, orderBy: [{ onsetAt: "desc" }, { id: "desc" }], take: DIARY_LIMIT, select: crampSelect }),
    db.crampEntry.count({ where }),
  ]);
  return { rows: records.map(toCrampDTO), total, limit: DIARY_LIMIT };
}

export async function listDiaryLefs(scope: ClinicScope, patientId: string): Promise<DiaryTableDTO<LefsResultRowDTO>> {
  const where = { clinicId: scope.clinicId, patientId };
  const [records, total] = await Promise.all([
    db.lefsQuestionnaire.findMany({
      where,
      orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
      take: DIARY_LIMIT,
      select: { ...lefsSummarySelect, requestedBy: { select: { name: true } } },
    }),
    db.lefsQuestionnaire.count({ where }),
  ]);
  const summaries = records.map(({ requestedBy, ...record }) => ({ ...toLefsSummary(record), requestedByName: requestedBy.name }));
  return { rows: withLefsChanges(summaries), total, limit: DIARY_LIMIT };
}
