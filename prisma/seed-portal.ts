/**
 * A demo portal patient in the acute phase: Riley Chen (Northside, N-1041, riley.chen@patient.example),
 * two days after a left hamstring strain. One assessment (linked to the episode) with weak left glutes
 * and hamstrings and pain at rest 2/10, the baseline for next-morning pain; a first program built from
 * that assessment's suggestions, so every exercise says why it is there; and one session logged
 * yesterday, so the portal asks about this morning's pain. Fixed values; never a real person.
 */
import { randomUUID } from "node:crypto";
import { findingsFor } from "../lib/assessments/findings";
import { toMeasurementRows } from "../lib/assessments/measurement-form-mapping";
import { emptyAssessment } from "../lib/assessments/schema";
import { todayIsoDate } from "../lib/core/dates";
import { createExerciseCatalogue } from "../lib/exercises/catalogue-lookup";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { doseOf } from "../lib/programs/load";
import { itemFromLibrary } from "../lib/programs/items";
import { suggestionsFor } from "../lib/programs/suggestions";
import { createCarePatient } from "./care-factories";

export const ACUTE_PORTAL_PATIENT = { firstName: "Riley", lastName: "Chen", email: "riley.chen@patient.example", recordNumber: "N-1041" } as const;

const day = (offset: number) => new Date(Date.parse(`${todayIsoDate()}T00:00:00Z`) + offset * 86_400_000);
/**
 * The clinician's pick among the assessment's suggestions, chosen so the plan shows every kind of day:
 * daily (EX10, EX03), five days a week (EX12), twice a week (EX35) and no fixed schedule (EX25).
 */
const PROGRAM_CODES = ["EX10", "EX03", "EX12", "EX35", "EX25"];

function baselineAssessment(clinicianId: string) {
  const form = emptyAssessment(clinicianId, todayIsoDate());
  const m = form.measures;
  m.nprs.contexts.rest = "2";
  m.nprs.contexts.activity = "5";
  Object.assign(m["ake-knee-flex-angle"], { left: "38", right: "14" });
  // MMT ordinal indices (mmt-grades.ts): 7 = 3+, 12 = 5.
  Object.assign(m["mmt-knee-flex"], { left: "7", right: "12" });
  Object.assign(m["mmt-hip-ext"], { left: "7", right: "12" });
  return toMeasurementRows(m);
}

export async function insertAcutePortalPatient(db: PrismaClient, passwordHash: string): Promise<void> {
  const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
  const clinician = await db.user.findFirstOrThrow({ where: { clinicId: clinic.id, role: "CLINICIAN" }, orderBy: { email: "asc" }, select: { id: true } });
  const { firstName, lastName, email, recordNumber } = ACUTE_PORTAL_PATIENT;
  // The rest is built here, not by createCareScenario, which would change the demo: her program comes from
  // the assessment's suggestions with their reasons, one item is logged with its dose, and her episode
  // dates are midnight UTC, opened at seed time.
  const { patientId } = await createCarePatient(db, {
    clinicId: clinic.id,
    patient: { firstName, lastName, recordNumber, email, dateOfBirth: "1996-04-18", sex: "FEMALE", dominantLeg: "RIGHT", sport: "Football", phone: "", notes: "" },
    portalAccount: { email, passwordHash },
  });
  const episode = await db.episode.create({
    data: {
      clinicId: clinic.id,
      patientId,
      clinicianId: clinician.id,
      diagnosis: "Left hamstring strain",
      icd10Code: "S76.3",
      side: "LEFT",
      onsetDate: day(-3),
      mechanism: "SPRINTING",
      phase: "ACUTE",
      phaseSince: day(-3),
      requestId: randomUUID(),
      phaseChanges: { create: { toPhase: "ACUTE", changedById: clinician.id, reason: "Episode opened", changedAt: day(-3) } },
    },
    select: { id: true },
  });
  const rows = baselineAssessment(clinician.id);
  await db.assessment.create({
    data: {
      clinicId: clinic.id,
      patientId,
      episodeId: episode.id,
      clinicianId: clinician.id,
      assessedOn: day(-2),
      requestId: randomUUID(),
      measurements: { create: rows },
    },
  });

  const suggested = suggestionsFor(findingsFor(rows, { sex: "FEMALE", bodyMassKg: null, involvedSide: "LEFT" }), "ACUTE", createExerciseCatalogue([]));
  const suggestions = PROGRAM_CODES.map((code) => suggested.find((suggestion) => suggestion.exerciseCode === code)).filter((suggestion) => suggestion !== undefined);
  const program = await db.program.create({
    data: {
      clinicId: clinic.id,
      episodeId: episode.id,
      phase: "ACUTE",
      version: 1,
      note: "First program, from the assessment's findings",
      createdById: clinician.id,
      createdAt: day(-2),
      items: {
        create: suggestions.map((suggestion, position) => {
          const item = itemFromLibrary(suggestion.exerciseCode, suggestion.reason, suggestion.patientReason);
          return {
            position,
            exerciseCode: item.exerciseCode,
            ...doseOf(item),
            rationale: item.rationale,
            patientReason: item.patientReason,
          };
        }),
      },
    },
    select: { id: true, items: { orderBy: { position: "asc" }, take: 1, select: { id: true, exerciseCode: true, sets: true, reps: true, holdSeconds: true } } },
  });
  const first = program.items[0];
  if (first) {
    await db.exerciseLog.create({
      data: {
        clinicId: clinic.id,
        patientId,
        episodeId: episode.id,
        programId: program.id,
        programItemId: first.id,
        exerciseCode: first.exerciseCode,
        performedOn: day(-1),
        asPrescribed: true,
        sets: first.sets,
        reps: first.reps,
        holdSeconds: first.holdSeconds,
        painDuring: 1,
        idempotencyKey: randomUUID(),
      },
    });
  }
}
