import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { lockPatientForClinicalWrite } from "@/lib/patients/mutations";
import { todayIn } from "@/lib/core/dates";
import { gateEvaluationsOf } from "./gate-evaluations";
import { snapshotOf } from "./gate-snapshot";
import { nextPhase, previousPhase } from "./phases";
import { ONSET_DATE_IN_FUTURE, type ChangePhaseInput, type OpenEpisodeInput, type SetEpisodeStatusInput } from "./schema";
import { toIsoDate } from "@/lib/core/calendar";

const refused = (field: string, message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { [field]: [message] } });

/** The episode at the version the clinician saw, or CONFLICT / NOT_FOUND. */
async function lockEpisode(tx: Tx, scope: ClinicScope, episodeId: string, version: number) {
  const episode = await tx.episode.findFirst({
    where: { id: episodeId, clinicId: scope.clinicId },
    select: { id: true, patientId: true, phase: true, status: true, version: true, side: true, onsetDate: true },
  });
  if (!episode) throw new AppError("NOT_FOUND");
  if (episode.version !== version) throw new AppError("CONFLICT");
  return episode;
}

/** Bumps the version only if nobody else did first; the count makes the check atomic. */
async function bumpVersion(tx: Tx, scope: ClinicScope, episodeId: string, version: number, data: Prisma.EpisodeUpdateManyMutationInput) {
  const { count } = await tx.episode.updateMany({ where: { id: episodeId, clinicId: scope.clinicId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

/**
 * Opens an episode of care in the acute phase for a patient of the caller's clinic, with its first
 * phase-history entry and an audit event. A repeated submission (same requestId) opens nothing new.
 * The onset may be the clinic's today (`today`, in its zone) or earlier.
 */
export async function openEpisode(scope: ClinicScope, input: OpenEpisodeInput, today = todayIn(scope.timeZone)): Promise<MutationResult<{ id: string }>> {
  const { patientId, requestId, onsetDate, icd10Code, ...fields } = input;
  if (onsetDate > today) return refused("onsetDate", ONSET_DATE_IN_FUTURE);
  try {
    return await db.$transaction(async (tx) => {
      const writable = await lockPatientForClinicalWrite(tx, scope, patientId);
      if (!writable.ok) return writable;
      const clinician = await tx.user.count({ where: { id: fields.clinicianId, clinicId: scope.clinicId, role: { in: ["CLINICIAN", "ADMIN"] } } });
      if (!clinician) return refused("clinicianId", "Choose a clinician of this clinic.");
      const { id } = await tx.episode.create({
        data: { ...fields, icd10Code: icd10Code || null, onsetDate: new Date(`${onsetDate}T00:00:00Z`), clinicId: scope.clinicId, patientId, requestId },
        select: { id: true },
      });
      await tx.phaseChange.create({ data: { clinicId: scope.clinicId, episodeId: id, toPhase: "ACUTE", changedById: scope.actorId, reason: "Episode opened" } });
      await recordAudit(tx, { clinicId: scope.clinicId, actorId: scope.actorId, patientId, action: "CREATE", entityType: "Episode", entityId: id });
      return { ok: true, value: { id } } as const;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const stored = await db.episode.findFirst({ where: { requestId, clinicId: scope.clinicId, patientId }, select: { id: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: { id: stored.id } };
  }
}

/**
 * Moves an active episode one phase forward (the clinician approving the gate) or back (a flare-up,
 * with a reason), recording who, when and why. CONFLICT when someone changed the episode meanwhile.
 */
export async function changePhase(scope: ClinicScope, input: ChangePhaseInput, today = todayIn(scope.timeZone)): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const episode = await lockEpisode(tx, scope, input.episodeId, input.version);
    const writable = await lockPatientForClinicalWrite(tx, scope, episode.patientId);
    if (!writable.ok) return writable;
    if (episode.status !== "ACTIVE") return refused("direction", "Reactivate the episode before changing its phase.");
    const target = input.direction === "advance" ? nextPhase(episode.phase) : previousPhase(episode.phase);
    if (!target) return refused("direction", input.direction === "advance" ? "Prevention is the last phase." : "Acute is the first phase.");
    // Moving on keeps the gate as the clinician saw it; against a gate that is not ready, only with a reason.
    let gateSnapshot: ReturnType<typeof snapshotOf> | undefined;
    if (input.direction === "advance") {
      const gates = await gateEvaluationsOf(scope, [{ id: episode.id, phase: episode.phase, side: episode.side, onsetDate: toIsoDate(episode.onsetDate) }], today);
      gateSnapshot = snapshotOf(gates.get(episode.id)!);
      if (!gateSnapshot.ready && !input.reason) {
        return refused("reason", "The gate is not met or not fully recorded: say why the patient is moving on anyway.");
      }
    }
    await bumpVersion(tx, scope, episode.id, input.version, { phase: target, phaseSince: new Date() });
    await tx.phaseChange.create({
      data: {
        clinicId: scope.clinicId,
        episodeId: episode.id,
        fromPhase: episode.phase,
        toPhase: target,
        changedById: scope.actorId,
        reason: input.reason || null,
        gateSnapshot,
      },
    });
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: episode.patientId,
      action: "PHASE_CHANGE",
      entityType: "Episode",
      entityId: episode.id,
      changes: { before: { phase: episode.phase }, after: { phase: target } },
    });
    return { ok: true, value: { id: episode.id } } as const;
  });
}

/** Puts an episode on hold, finishes it, or reactivates it. */
export async function setEpisodeStatus(scope: ClinicScope, input: SetEpisodeStatusInput): Promise<MutationResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const episode = await lockEpisode(tx, scope, input.episodeId, input.version);
    const writable = await lockPatientForClinicalWrite(tx, scope, episode.patientId);
    if (!writable.ok) return writable;
    if (episode.status === input.status) return { ok: true, value: { id: episode.id } } as const;
    await bumpVersion(tx, scope, episode.id, input.version, { status: input.status });
    await tx.episodeStatusChange.create({
      data: { clinicId: scope.clinicId, episodeId: episode.id, fromStatus: episode.status, toStatus: input.status, changedById: scope.actorId },
    });
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: episode.patientId,
      action: "STATUS_CHANGE",
      entityType: "Episode",
      entityId: episode.id,
      changes: { before: { status: episode.status }, after: { status: input.status } },
    });
    return { ok: true, value: { id: episode.id } } as const;
  });
}
