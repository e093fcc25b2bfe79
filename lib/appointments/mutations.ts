import "server-only";
import { recordAudit } from "@/lib/core/audit";
import type { AuditRecord } from "@/lib/core/audit-changes";
import type { ClinicScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import { AppError, type FieldErrors, type MutationResult } from "@/lib/core/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { VISIT_TYPE_LABELS } from "@/lib/clinics/visit-types";
import { queueAppointmentMail } from "@/lib/mail/mutations";
import { lockPatientForClinicalWrite } from "@/lib/patients/mutations";
import { instantOfWallClock } from "./clinic-clock";
import { isDoubleBooking } from "./double-booking";
import type { BookAppointmentInput, CancelAppointmentInput, MarkAppointmentInput, MoveAppointmentInput } from "./schema";
import { visitWhen } from "./visit-time";

/** Whose diary the caller may write in: their own only, or every clinician's of the clinic (appointments:all-clinicians). */
export type DiaryAccess = { anyClinician: boolean };

/**
 * The patient's e-mails about a booked or moved visit (lib/mail): a confirmation now and a reminder 24 h
 * before, queued in the visit's own transaction, so they go out exactly when the change commits. Each is
 * keyed by the visit and its start, so a move queues fresh ones; the sender skips any whose visit is no
 * longer booked at that start, which is how a moved or cancelled visit's earlier reminder is dropped.
 * Nothing is queued when e-mail is off.
 */
async function queueVisitMail(tx: Tx, scope: ClinicScope, appointmentId: string): Promise<void> {
  await queueAppointmentMail(tx, scope, appointmentId, "CONFIRMATION");
  await queueAppointmentMail(tx, scope, appointmentId, "REMINDER");
}

const refused = (field: string, message: string): { ok: false; fieldErrors: FieldErrors } => ({ ok: false, fieldErrors: { [field]: [message] } });

/** Who may hold visits: an active clinician or admin of the caller's clinic (the booking rule). */
const ACTIVE_CLINICIAN = { role: { in: ["CLINICIAN", "ADMIN"] }, status: "ACTIVE" } satisfies Prisma.UserWhereInput;
const NOT_A_CLINICIAN = "Choose an active clinician of this clinic.";
const NOT_BOOKED = "Only a booked visit can be changed: this one is already attended, a no-show or cancelled.";
const MINUTE = 60_000;
// Twenty people booking one slot at once queue on the constraint and for connections: wait, do not fail.
const TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

/** The visit's times from the clinic's wall clock, or the field message that refuses them. */
function visitTimesFrom(scope: ClinicScope, start: string, minutes: number, now: Date): { startsAt: Date; endsAt: Date } | { ok: false; fieldErrors: FieldErrors } {
  const startsAt = instantOfWallClock(scope.timeZone, start);
  if (!startsAt) return refused("start", "The clinic's clocks skip that time (daylight saving): choose another.");
  if (startsAt < now) return refused("start", "Choose a start in the future.");
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) };
}

/**
 * The field message for a refused double booking, naming the visit in the way. Read after the failed
 * transaction, within the clinic; if that visit was cancelled meanwhile, a plain message.
 */
async function clashRefusal(scope: ClinicScope, clinicianId: string, startsAt: Date, endsAt: Date, exceptId?: string) {
  const clash = await db.appointment.findFirst({
    where: { clinicId: scope.clinicId, clinicianId, status: { not: "CANCELLED" }, startsAt: { lt: endsAt }, endsAt: { gt: startsAt }, ...(exceptId && { id: { not: exceptId } }) },
    select: { type: true, startsAt: true, endsAt: true, clinician: { select: { name: true } } },
    orderBy: { startsAt: "asc" },
  });
  if (!clash) return refused("start", "The clinician already has a visit at that time. Choose another time.");
  const when = visitWhen(clash.startsAt.toISOString(), clash.endsAt.toISOString(), scope.timeZone);
  const kind = VISIT_TYPE_LABELS[clash.type].toLowerCase();
  return refused("start", `${clash.clinician.name} is already booked then: ${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} visit on ${when}. Choose another time.`);
}

/**
 * Books a visit of a patient of the caller's clinic with one of its active clinicians, from the
 * clinic's wall clock and a length in minutes. The database refuses a visit that overlaps another live
 * one of the clinician (exclusion constraint): that comes back as one message on `start` naming the
 * clash, so of twenty simultaneous bookings of one slot one stores. The same requestId books once.
 * Audited (CREATE, Appointment) in the same transaction.
 */
export async function bookAppointment(scope: ClinicScope, access: DiaryAccess, input: BookAppointmentInput, now = new Date()): Promise<MutationResult<{ id: string; version: number }>> {
  const { patientId, clinicianId, requestId, type, episodeId } = input;
  const times = visitTimesFrom(scope, input.start, input.minutes, now);
  if ("ok" in times) return times;
  try {
    return await db.$transaction(async (tx) => {
      const writable = await lockPatientForClinicalWrite(tx, scope, patientId);
      if (!writable.ok) return writable;
      // After the patient: another clinic's caller learns nothing but NOT_FOUND.
      if (!access.anyClinician && clinicianId !== scope.actorId) return refused("clinicianId", "You can book visits only in your own diary.");
      const clinician = await tx.user.count({ where: { id: clinicianId, clinicId: scope.clinicId, ...ACTIVE_CLINICIAN } });
      if (!clinician) return refused("clinicianId", NOT_A_CLINICIAN);
      if (episodeId && !(await tx.episode.count({ where: { id: episodeId, clinicId: scope.clinicId, patientId } }))) {
        return refused("episodeId", "Choose one of this patient's episodes, or none.");
      }
      const { id, version } = await tx.appointment.create({
        data: { clinicId: scope.clinicId, patientId, clinicianId, episodeId: episodeId || null, type, ...times, bookedById: scope.actorId, requestId },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId,
        action: "CREATE",
        entityType: "Appointment",
        entityId: id,
        changes: { after: { type, clinicianId, startsAt: times.startsAt.toISOString(), endsAt: times.endsAt.toISOString() } },
      });
      await queueVisitMail(tx, scope, id);
      return { ok: true, value: { id, version } } as const;
    }, TRANSACTION);
  } catch (error) {
    if (isDoubleBooking(error)) return clashRefusal(scope, clinicianId, times.startsAt, times.endsAt);
    if (!isUniqueViolation(error)) throw error;
    // A repeated submission: the visit its first submission booked.
    const stored = await db.appointment.findFirst({ where: { requestId, clinicId: scope.clinicId, patientId }, select: { id: true, version: true } });
    if (!stored) throw new AppError("NOT_FOUND");
    return { ok: true, value: stored };
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The visit at the version the caller saw, in a diary they may write in; NOT_FOUND or CONFLICT otherwise. */
async function lockAppointment(tx: Tx, scope: ClinicScope, access: DiaryAccess, appointmentId: string, version: number) {
  const appointment = await tx.appointment.findFirst({
    where: { id: appointmentId, clinicId: scope.clinicId, ...(!access.anyClinician && { clinicianId: scope.actorId }) },
    select: { id: true, patientId: true, clinicianId: true, type: true, status: true, startsAt: true, endsAt: true, version: true },
  });
  if (!appointment) throw new AppError("NOT_FOUND");
  if (appointment.version !== version) throw new AppError("CONFLICT");
  return appointment;
}

/** Writes only if nobody else did first: the version in the WHERE makes the check atomic. */
async function bumpVersion(tx: Tx, scope: ClinicScope, appointmentId: string, version: number, data: Record<string, unknown>) {
  const { count } = await tx.appointment.updateMany({ where: { id: appointmentId, clinicId: scope.clinicId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}

/** What a change of a booked visit answers: `handedTo` names the colleague when the visit left a diary the caller may open. */
export type MovedAppointment = { id: string; version: number; handedTo: string | null };

/**
 * Changes a booked visit: its start and length, its clinician (a hand-over to a colleague) and its
 * type, with a reason. The new clinician must be able to hold visits in the caller's clinic (as for a
 * booking); a clinician may hand their own visit to a colleague, after which it is no longer theirs to
 * open (`handedTo`). The database refuses a time that overlaps another live visit of the new clinician
 * (message on `start` naming it). Audited with the changed fields before and after (the clinician as
 * id and name) and the reason; the patient's e-mails are queued as for a move.
 */
export async function moveAppointment(scope: ClinicScope, access: DiaryAccess, input: MoveAppointmentInput, now = new Date()): Promise<MutationResult<MovedAppointment>> {
  const times = visitTimesFrom(scope, input.start, input.minutes, now);
  if ("ok" in times) return times;
  let locked = false;
  try {
    return await db.$transaction(async (tx) => {
      const appointment = await lockAppointment(tx, scope, access, input.appointmentId, input.version);
      locked = true;
      if (appointment.status !== "BOOKED") return refused("_form", NOT_BOOKED);
      const sameTime = appointment.startsAt.getTime() === times.startsAt.getTime() && appointment.endsAt.getTime() === times.endsAt.getTime();
      const handOver = appointment.clinicianId !== input.clinicianId;
      if (sameTime && !handOver && appointment.type === input.type) {
        return refused("start", "That is the visit as it is now: change its start, length, clinician or type.");
      }
      // A new clinician must be able to hold visits; the one handing over is named in the audit even if no longer active.
      const to = handOver ? await tx.user.findFirst({ where: { id: input.clinicianId, clinicId: scope.clinicId, ...ACTIVE_CLINICIAN }, select: { name: true } }) : null;
      if (handOver && !to) return refused("clinicianId", NOT_A_CLINICIAN);
      const from = handOver ? await tx.user.findFirst({ where: { id: appointment.clinicianId, clinicId: scope.clinicId }, select: { name: true } }) : null;
      const writable = await lockPatientForClinicalWrite(tx, scope, appointment.patientId);
      if (!writable.ok) return writable;
      await bumpVersion(tx, scope, appointment.id, input.version, { ...times, clinicianId: input.clinicianId, type: input.type, moveReason: input.reason });
      const before: AuditRecord = {};
      const after: AuditRecord = {};
      if (!sameTime) {
        Object.assign(before, { startsAt: appointment.startsAt.toISOString(), endsAt: appointment.endsAt.toISOString() });
        Object.assign(after, { startsAt: times.startsAt.toISOString(), endsAt: times.endsAt.toISOString() });
      }
      if (handOver) {
        Object.assign(before, { clinicianId: appointment.clinicianId, clinician: from?.name ?? null });
        Object.assign(after, { clinicianId: input.clinicianId, clinician: to?.name ?? null });
      }
      if (appointment.type !== input.type) {
        before.type = appointment.type;
        after.type = input.type;
      }
      await recordAudit(tx, {
        clinicId: scope.clinicId,
        actorId: scope.actorId,
        patientId: appointment.patientId,
        action: "UPDATE",
        entityType: "Appointment",
        entityId: appointment.id,
        changes: { before, after: { ...after, reason: input.reason } },
      });
      await queueVisitMail(tx, scope, appointment.id);
      const leftOwnDiary = handOver && !access.anyClinician;
      return { ok: true, value: { id: appointment.id, version: input.version + 1, handedTo: leftOwnDiary ? (to?.name ?? null) : null } } as const;
    }, TRANSACTION);
  } catch (error) {
    if (locked && isDoubleBooking(error)) return clashRefusal(scope, input.clinicianId, times.startsAt, times.endsAt, input.appointmentId);
    throw error;
  }
}

/** Cancels a booked visit with a reason; its slot is free again. Audited as a status change with the reason. */
export async function cancelAppointment(scope: ClinicScope, access: DiaryAccess, input: CancelAppointmentInput): Promise<MutationResult<{ id: string; version: number }>> {
  return db.$transaction(async (tx) => {
    const appointment = await lockAppointment(tx, scope, access, input.appointmentId, input.version);
    if (appointment.status !== "BOOKED") return refused("_form", NOT_BOOKED);
    return closeVisit(tx, scope, appointment, input.version, { status: "CANCELLED", cancelReason: input.reason }, { status: "CANCELLED", reason: input.reason });
  });
}

/**
 * Marks a booked visit attended or a no-show. Only once it has started: before then nobody knows yet,
 * and a visit marked early could still be moved or cancelled. Audited as a status change.
 */
export async function markAppointment(scope: ClinicScope, access: DiaryAccess, input: MarkAppointmentInput, now = new Date()): Promise<MutationResult<{ id: string; version: number }>> {
  return db.$transaction(async (tx) => {
    const appointment = await lockAppointment(tx, scope, access, input.appointmentId, input.version);
    if (appointment.status !== "BOOKED") return refused("_form", NOT_BOOKED);
    if (appointment.startsAt > now) return refused("_form", "A visit can be marked attended or no-show only once it has started.");
    return closeVisit(tx, scope, appointment, input.version, { status: input.outcome }, { status: input.outcome });
  });
}

/** A booked visit's last change (cancelled, attended or a no-show), at the version the form saw, audited as a status change. */
async function closeVisit(
  tx: Tx,
  scope: ClinicScope,
  appointment: { id: string; patientId: string },
  version: number,
  data: { status: "CANCELLED" | "ATTENDED" | "NO_SHOW"; cancelReason?: string },
  after: Record<string, string>,
): Promise<MutationResult<{ id: string; version: number }>> {
  const writable = await lockPatientForClinicalWrite(tx, scope, appointment.patientId);
  if (!writable.ok) return writable;
  await bumpVersion(tx, scope, appointment.id, version, data);
  await recordAudit(tx, {
    clinicId: scope.clinicId,
    actorId: scope.actorId,
    patientId: appointment.patientId,
    action: "STATUS_CHANGE",
    entityType: "Appointment",
    entityId: appointment.id,
    changes: { before: { status: "BOOKED" }, after },
  });
  return { ok: true, value: { id: appointment.id, version: version + 1 } };
}
