import type { Phase } from "@/lib/episodes/phases";
import type { LogRecord, ProgramItemRecord } from "./data";
import { dueToday } from "./due-today";
import type { IsoDate } from "./local-date";
import { evaluatePainDuring } from "./pain-rules";
import type { ExerciseDetailsDTO, ExerciseLogDTO, PlanItemDTO } from "./types";

/**
 * Turns the current program (given on `givenOn`, the patient's date) and the week's logs into today's
 * plan. A log counts for the item it was given for; a log of an older version of the program counts
 * for the current item with the same exercise, so today's sessions stay done when a new version arrives.
 */
export function buildPlanItems(
  items: readonly (ProgramItemRecord & { exercise: ExerciseDetailsDTO; paused: boolean })[],
  logs: readonly LogRecord[],
  { today, givenOn, phase }: { today: IsoDate; givenOn: IsoDate; phase: Phase },
): PlanItemDTO[] {
  const byItem = new Map<string, LogRecord[]>(items.map((item) => [item.programItemId, []]));
  const firstWithCode = new Map<string, string>();
  for (const item of items) if (!firstWithCode.has(item.exerciseCode)) firstWithCode.set(item.exerciseCode, item.programItemId);
  for (const log of logs) {
    const target = byItem.has(log.programItemId) ? log.programItemId : firstWithCode.get(log.exerciseCode);
    if (target) byItem.get(target)!.push(log);
  }

  return items.map((item) => {
    const itemLogs = byItem.get(item.programItemId)!;
    return {
      programItemId: item.programItemId,
      exercise: item.exercise,
      prescribed: item.prescribed,
      notes: item.notes,
      patientReason: item.patientReason,
      due: item.paused
        ? { kind: "paused" }
        : dueToday({ perWeek: item.perWeek, perDay: item.perDay, everyDays: item.everyDays }, today, itemLogs.map((log) => log.performedOn), givenOn),
      todaysLogs: itemLogs.filter((log) => log.performedOn === today).map((log) => toLogDTO(log, phase)),
    };
  });
}

export function toLogDTO(log: LogRecord, phase: Phase): ExerciseLogDTO {
  return {
    id: log.id,
    version: log.version,
    performedOn: log.performedOn,
    asPrescribed: log.asPrescribed,
    sets: log.sets,
    reps: log.reps,
    holdSeconds: log.holdSeconds,
    loadKg: log.loadKg,
    painDuring: log.painDuring,
    note: log.note,
    pain: evaluatePainDuring(log.painDuring, phase),
  };
}

/** The plan's sections: today (due, then done), any time, later this week, paused; program order within each. */
export function planSections(items: readonly PlanItemDTO[]) {
  return {
    today: [...items.filter((item) => item.due.kind === "due"), ...items.filter((item) => item.due.kind === "done")],
    anyTime: items.filter((item) => item.due.kind === "any-time"),
    later: items.filter((item) => item.due.kind === "later"),
    paused: items.filter((item) => item.due.kind === "paused"),
  };
}
