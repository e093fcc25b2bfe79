/**
 * Builds a patient in care — an active episode with program versions, exercise logs, next-morning
 * pain, assessments and cramps — at dates counted back from a given day, and, with a portal account,
 * a patient who signs in to the portal. Shared by the demo seed, the integration tests, the
 * caseload benchmark and the end-to-end fixtures, so all of them describe a patient the same way.
 * Writes straight through Prisma (no audit events): fake data, never real people.
 */
import { randomUUID } from "node:crypto";
import { addDays } from "../lib/core/calendar";
import type { CrampContext, MeasurementSide, MuscleSite, Phase, PrismaClient } from "../lib/generated/prisma/client";
import type { StrainAnswers } from "../lib/cramps/red-flags";
import { patientColumns } from "../lib/patients/patient-columns";
import type { PatientFields } from "../lib/patients/schema";
import { createUser } from "./factories";

export type ItemDose = {
  exerciseCode: string;
  sets?: number;
  reps?: number;
  holdSeconds?: number;
  loadKg?: number;
  perWeek?: number;
  perDay?: number;
  everyDays?: number;
  durationSeconds?: number;
  distanceM?: number;
  /** Why the weekly load rose beyond R-LOAD (lib/programs/load.ts), as the editor asks for it. */
  loadChangeReason?: string;
};

/** A patient's name and record number, and any other form field that should not take the default. */
export type ScenarioPatient = Pick<PatientFields, "firstName" | "lastName" | "recordNumber"> & Partial<PatientFields>;

export type CarePatient = {
  clinicId: string;
  patient: ScenarioPatient;
  /** A portal sign-in for the patient (role PATIENT, named as the patient); none when left out. */
  portalAccount?: { email: string; passwordHash: string };
  /** Archived now, out of the active registry. */
  archived?: boolean;
};

export type CareScenario = CarePatient & {
  clinicianId: string;
  phase: Phase;
  side?: "LEFT" | "RIGHT" | "BOTH";
  diagnosis?: string;
  onsetDaysAgo: number;
  /** When the episode was opened; defaults to the onset. */
  startedDaysAgo?: number;
  /** Program versions, oldest first. */
  programs?: { daysAgo: number; items: ItemDose[] }[];
  /** Sessions: one log per item of the version in force that day, per listed day. */
  logs?: { daysAgo: number; painDuring?: number | null }[];
  morningPains?: { daysAgo: number; pain: number }[];
  /**
   * Assessments linked to the episode; `restPain` is NPRS at rest, `kneeFlexionPainful` the resisted test
   * on the injured side, `measurements` any other values as stored.
   */
  assessments?: { daysAgo: number; restPain?: number; kneeFlexionPainful?: boolean; measurements?: ScenarioMeasurement[] }[];
  cramps?: ({ daysAgo: number; context: CrampContext; muscleSite: MuscleSite; systemicSymptoms?: boolean } & Partial<StrainAnswers>)[];
};

export type ScenarioMeasurement = { measureCode: string; side: MeasurementSide; value: number; method?: string; context?: string };

const dateOf = (today: string, daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T00:00:00Z`);
/** Mid-morning UTC, so a timestamp falls on the intended calendar day in any zone near UTC. */
const timeOf = (today: string, daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T09:00:00Z`);

/** The patient alone, with a portal account if asked: the start of every scenario, or a patient with no care yet. */
export async function createCarePatient(db: PrismaClient, { clinicId, patient, portalAccount, archived }: CarePatient): Promise<{ patientId: string }> {
  const portalUser = portalAccount
    ? await createUser(db, { clinicId, email: portalAccount.email, name: `${patient.firstName} ${patient.lastName}`, role: "PATIENT", passwordHash: portalAccount.passwordHash })
    : null;
  const created = await db.patient.create({
    data: {
      ...patientColumns({ dateOfBirth: "1994-05-17", sex: "UNKNOWN", dominantLeg: "", sport: "Running", email: "", phone: "", notes: "", ...patient }),
      clinicId,
      ...(portalUser && { portalUserId: portalUser.id }),
      ...(archived && { status: "ARCHIVED" as const, archivedAt: new Date() }),
    },
    select: { id: true },
  });
  return { patientId: created.id };
}

export async function createCareScenario(db: PrismaClient, today: string, scenario: CareScenario): Promise<{ patientId: string; episodeId: string }> {
  const { patientId } = await createCarePatient(db, scenario);
  return addCareEpisode(db, today, patientId, scenario);
}

/** One more episode of care, with everything the scenario lists, for a patient who already exists. */
export async function addCareEpisode(
  db: PrismaClient,
  today: string,
  patientId: string,
  scenario: Omit<CareScenario, keyof CarePatient> & Pick<CarePatient, "clinicId">,
): Promise<{ patientId: string; episodeId: string }> {
  const { clinicId, clinicianId } = scenario;
  const side = scenario.side ?? "RIGHT";
  const episode = await db.episode.create({
    data: {
      clinicId,
      patientId,
      clinicianId,
      diagnosis: scenario.diagnosis ?? "Hamstring strain",
      side,
      onsetDate: dateOf(today, scenario.onsetDaysAgo),
      mechanism: "SPRINTING",
      phase: scenario.phase,
      phaseSince: timeOf(today, scenario.startedDaysAgo ?? scenario.onsetDaysAgo),
      requestId: randomUUID(),
      createdAt: timeOf(today, scenario.startedDaysAgo ?? scenario.onsetDaysAgo),
      phaseChanges: {
        create: { toPhase: scenario.phase, changedById: clinicianId, reason: "Episode opened", changedAt: timeOf(today, scenario.startedDaysAgo ?? scenario.onsetDaysAgo) },
      },
    },
    select: { id: true },
  });
  const base = { clinicId, patientId, episodeId: episode.id };

  const given: { daysAgo: number; id: string; items: { id: bigint; exerciseCode: string }[] }[] = [];
  for (const [index, program] of (scenario.programs ?? []).entries()) {
    const saved = await db.program.create({
      data: {
        clinicId,
        episodeId: episode.id,
        phase: scenario.phase,
        version: index + 1,
        createdById: clinicianId,
        createdAt: timeOf(today, program.daysAgo),
        items: { create: program.items.map((item, position) => ({ position, ...item })) },
      },
      select: { id: true, items: { select: { id: true, exerciseCode: true }, orderBy: { position: "asc" } } },
    });
    given.push({ daysAgo: program.daysAgo, ...saved });
  }
  const inForce = (daysAgo: number) => given.findLast((program) => program.daysAgo >= daysAgo) ?? given[0]!;
  if (given.length && scenario.logs?.length) {
    await db.exerciseLog.createMany({
      data: scenario.logs.flatMap((log) => {
        const program = inForce(log.daysAgo);
        return program.items.map((item) => ({
          ...base,
          programId: program.id,
          programItemId: item.id,
          exerciseCode: item.exerciseCode,
          performedOn: dateOf(today, log.daysAgo),
          asPrescribed: true,
          painDuring: log.painDuring ?? null,
          idempotencyKey: randomUUID(),
        }));
      }),
    });
  }
  if (scenario.morningPains?.length) {
    await db.morningPain.createMany({
      data: scenario.morningPains.map((entry) => ({ ...base, sessionDate: dateOf(today, entry.daysAgo + 1), pain: entry.pain, recordedAt: timeOf(today, entry.daysAgo) })),
    });
  }
  for (const assessment of scenario.assessments ?? []) {
    const measurements = [
      ...(assessment.restPain === undefined ? [] : [{ measureCode: "nprs", side: "NONE" as const, value: assessment.restPain, context: "rest" }]),
      ...(assessment.kneeFlexionPainful === undefined
        ? []
        : [{ measureCode: "mmt-knee-flex", side: side === "LEFT" ? ("LEFT" as const) : ("RIGHT" as const), value: 11, flag: assessment.kneeFlexionPainful }]),
      ...(assessment.measurements ?? []),
    ];
    await db.assessment.create({
      data: { ...base, clinicianId, assessedOn: dateOf(today, assessment.daysAgo), requestId: randomUUID(), measurements: { create: measurements } },
    });
  }
  if (scenario.cramps?.length) {
    await db.crampEntry.createMany({
      data: scenario.cramps.map((cramp) => ({
        ...base,
        onsetAt: timeOf(today, cramp.daysAgo),
        context: cramp.context,
        muscleSite: cramp.muscleSite,
        side,
        durationSeconds: 90,
        severity: 6,
        stoppedActivity: false,
        reliefMethods: ["STATIC_STRETCH"],
        systemicSymptoms: cramp.systemicSymptoms ?? false,
        popFelt: cramp.popFelt ?? null,
        bruising: cramp.bruising ?? null,
        troubleStraightening: cramp.troubleStraightening ?? null,
        lastingTenderness: cramp.lastingTenderness ?? null,
        idempotencyKey: randomUUID(),
      })),
    });
  }
  return { patientId, episodeId: episode.id };
}
