import "server-only";
import { recordAudit } from "@/lib/core/audit";
import { changedFields } from "@/lib/core/audit-changes";
import type { PatientScope } from "@/lib/core/auth/session";
import { db, type Tx } from "@/lib/core/db";
import type { MutationResult } from "@/lib/core/errors";
import { mailEnabled, sendMail } from "@/lib/core/mail";
import { knownTimeZoneOr } from "@/lib/core/time-zones";
import type { MailKind } from "@/lib/generated/prisma/client";
import { renderMail } from "./messages";
import { contentOf, type OutboxRow } from "./outbox-row";
import type { ExerciseReminderInput, VisitRemindersInput } from "./schema";
import { parseUnsubscribeToken, sealLink, unsubscribeToken } from "./tokens";
import type { UnsubscribeList } from "./unsubscribe-token";

/** The task that sends one outbox row (lib/mail/tasks.ts). */
export const SEND_MAIL_TASK = "send_mail";
/** Tries before the queue gives a message up: with its backoff, about 4 days (README "E-mail"). */
export const MAIL_MAX_ATTEMPTS = 25;

/** Where links in e-mails point when no request is at hand (a reminder made by the worker). */
export const mailOrigin = (): string => process.env.APP_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;

type QueuedMail = {
  clinicId: string;
  /** Names the message: the same key enqueued twice stores and sends one message. */
  key: string;
  kind: MailKind;
  to: string;
  /** What the message says (MailContent without kind and link); never health details. */
  payload: Record<string, string>;
  /** A one-time link, kept sealed until the message is sent, then erased. */
  link?: string;
  /** Not before this instant (a reminder). */
  runAt?: Date;
};

/**
 * Puts one message in the outbox and its job in graphile-worker's queue, inside the caller's
 * transaction: a rolled-back change leaves neither, a committed one both. Does nothing when e-mail is
 * off (no SMTP_URL), and nothing more when the key was enqueued before. Returns whether it stored one.
 */
export async function enqueueMail(tx: Tx, mail: QueuedMail): Promise<boolean> {
  if (!mailEnabled()) return false;
  const sealed = mail.link ? sealLink(mail.link) : null;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO mail_message (id, clinic_id, idempotency_key, kind, to_address, payload, sealed_link)
    VALUES (gen_random_uuid(), ${mail.clinicId}::uuid, ${mail.key}, ${mail.kind}::"MailKind", ${mail.to}, ${JSON.stringify(mail.payload)}::jsonb, ${sealed})
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING id::text AS id`;
  if (!row) return false;
  await addSendJob(tx, row.id, { runAt: mail.runAt ?? new Date(), mode: "preserve_run_at" });
  return true;
}

/**
 * Gives one outbox message its send job, keyed by the message: adding it again never makes a second job.
 * `preserve_run_at` keeps a job already waiting as it is (enqueueing); `replace` starts it over with fresh
 * tries (Send again, lib/outbox).
 */
export async function addSendJob(tx: Tx, messageId: string, { runAt, mode }: { runAt: Date; mode: "preserve_run_at" | "replace" }): Promise<void> {
  await tx.$executeRaw`
    SELECT graphile_worker.add_job(${SEND_MAIL_TASK}, json_build_object('id', ${messageId}::text), run_at := ${runAt}::timestamptz,
      max_attempts := ${MAIL_MAX_ATTEMPTS}::int, job_key := ${`mail:${messageId}`}, job_key_mode := ${mode})`;
}

/**
 * Gives every PENDING message without a job its job again (a database restored from a backup, which
 * holds the outbox but not the queue): at its reminder time for a visit reminder, else now. Keyed like
 * enqueueMail's, so running it on several workers at once adds one job per message. Returns how many.
 */
export async function requeueOrphanedMail(): Promise<number> {
  return db.$executeRaw`
    SELECT graphile_worker.add_job(${SEND_MAIL_TASK}, json_build_object('id', m.id::text),
      run_at := CASE WHEN m.kind = 'APPOINTMENT_REMINDER' THEN greatest(now(), (m.payload->>'startsAt')::timestamptz - interval '24 hours') ELSE now() END,
      max_attempts := ${MAIL_MAX_ATTEMPTS}::int, job_key := 'mail:' || m.id::text, job_key_mode := 'preserve_run_at')
    FROM mail_message m
    WHERE m.status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'mail:' || m.id::text)`;
}

/** An invitation or reset link for `to`, from the clinic; `link` is only made when e-mail is on. */
export async function queuePasswordLinkMail(
  tx: Tx,
  mail: { clinicId: string; to: string; purpose: "INVITE" | "PASSWORD_RESET"; link: () => string; clinicName: () => Promise<string> | string; tokenId: string },
): Promise<boolean> {
  if (!mailEnabled()) return false;
  const clinicName = await mail.clinicName();
  return enqueueMail(tx, {
    clinicId: mail.clinicId,
    key: `${mail.purpose === "INVITE" ? "invite" : "password-reset"}:${mail.tokenId}`,
    kind: mail.purpose,
    to: mail.to,
    payload: { clinicName },
    link: mail.link(),
  });
}

/** "Something to fill in" for the patient's portal account, once per questionnaire. */
export async function queueLefsRequestMail(tx: Tx, request: { clinicId: string; patientId: string; questionnaireId: string }): Promise<boolean> {
  const patient = await tx.patient.findFirst({
    where: { id: request.patientId, clinicId: request.clinicId, portalUser: { status: "ACTIVE" } },
    select: { portalUser: { select: { email: true } }, clinic: { select: { name: true } } },
  });
  if (!patient?.portalUser) return false;
  return enqueueMail(tx, {
    clinicId: request.clinicId,
    key: `lefs-request:${request.questionnaireId}`,
    kind: "LEFS_REQUEST",
    to: patient.portalUser.email,
    payload: { clinicName: patient.clinic.name, portalUrl: `${mailOrigin()}/portal` },
  });
}

const DAY_MS = 86_400_000;

/** The page a reminder's unsubscribe link opens, and the address of mail clients' one-click POST. */
const unsubscribeLinks = (list: UnsubscribeList, patientId: string) => ({
  unsubscribeUrl: `${mailOrigin()}/unsubscribe/${unsubscribeToken(list, patientId)}`,
  oneClickUrl: `${mailOrigin()}/api/unsubscribe/${unsubscribeToken(list, patientId)}`,
});

/**
 * Queues a visit of the caller's clinic's confirmation (now) or its reminder (24 hours before it
 * starts), to the patient's portal e-mail or else the e-mail on their record. Call it in the
 * transaction that books or moves the visit: each is keyed by the visit and its start, so a move queues
 * a fresh one, and the sender skips any whose visit is no longer booked at that time (so a cancel needs
 * no call). A reminder whose time has passed, or for a patient who turned visit reminders off, is not
 * queued; a reminder carries its unsubscribe link. Returns whether it queued one.
 */
export async function queueAppointmentMail(
  tx: Tx,
  scope: { clinicId: string },
  appointmentId: string,
  kind: "CONFIRMATION" | "REMINDER",
  now = new Date(),
): Promise<boolean> {
  const visit = await tx.appointment.findFirst({
    where: { id: appointmentId, clinicId: scope.clinicId },
    select: {
      clinicId: true,
      startsAt: true,
      status: true,
      clinic: { select: { name: true, timeZone: true } },
      patientId: true,
      patient: {
        select: {
          email: true,
          portalUser: { select: { email: true, status: true } },
          exerciseReminder: { select: { timeZone: true } },
          visitReminderSetting: { select: { enabled: true } },
        },
      },
    },
  });
  if (!visit || visit.status !== "BOOKED") return false;
  const to = visit.patient.portalUser?.status === "ACTIVE" ? visit.patient.portalUser.email : visit.patient.email;
  if (!to) return false;
  const runAt = kind === "REMINDER" ? new Date(visit.startsAt.getTime() - DAY_MS) : now;
  if (kind === "REMINDER" && (runAt <= now || visit.patient.visitReminderSetting?.enabled === false)) return false;
  const startsAt = visit.startsAt.toISOString();
  return enqueueMail(tx, {
    clinicId: visit.clinicId,
    key: `appointment-${kind.toLowerCase()}:${appointmentId}:${startsAt}`,
    kind: kind === "REMINDER" ? "APPOINTMENT_REMINDER" : "APPOINTMENT_CONFIRMATION",
    to,
    payload: {
      clinicName: visit.clinic.name,
      appointmentId,
      startsAt,
      // The patient's own zone when they have told us one (their reminder setting), else the clinic's.
      timeZone: knownTimeZoneOr(visit.patient.exerciseReminder?.timeZone ?? visit.clinic.timeZone),
      portalUrl: `${mailOrigin()}/portal`,
      ...(kind === "REMINDER" && unsubscribeLinks("visit-reminder", visit.patientId)),
    },
    runAt,
  });
}

/**
 * Whether the message should still go out: a visit still booked at that time (and, for its reminder,
 * visit reminders still on for the patient), a daily reminder still on.
 */
async function stillWanted(tx: Tx, row: OutboxRow): Promise<boolean> {
  if (row.kind === "APPOINTMENT_CONFIRMATION" || row.kind === "APPOINTMENT_REMINDER") {
    const visit = await tx.appointment.findFirst({
      where: { id: row.payload.appointmentId, clinicId: row.clinic_id },
      select: { status: true, startsAt: true, patient: { select: { visitReminderSetting: { select: { enabled: true } } } } },
    });
    if (row.kind === "APPOINTMENT_REMINDER" && visit?.patient.visitReminderSetting?.enabled === false) return false;
    return visit?.status === "BOOKED" && visit.startsAt.toISOString() === row.payload.startsAt;
  }
  if (row.kind === "EXERCISE_REMINDER") {
    const reminder = await tx.exerciseReminder.findFirst({ where: { patientId: row.payload.patientId, clinicId: row.clinic_id }, select: { enabled: true } });
    return reminder?.enabled === true;
  }
  return true;
}

/**
 * Sends one outbox row, at most once: the row is locked for the whole send and sent only while
 * PENDING, so a second worker holding a duplicate job waits, then finds it SENT. At-least-once remains
 * in one window: the SMTP server accepted the message but the commit that marks it SENT failed (the
 * process died, the database went away); the retry then sends it again, with the same Message-ID.
 * Throws when SMTP fails, after counting the attempt, so the queue retries with its backoff.
 */
export async function sendQueuedMail(id: string): Promise<"sent" | "skipped" | "done"> {
  try {
    return await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<OutboxRow[]>`
          SELECT id::text AS id, kind, to_address, payload, sealed_link, status::text AS status, clinic_id::text AS clinic_id
          FROM mail_message WHERE id = ${id}::uuid FOR UPDATE`;
        if (!row || row.status !== "PENDING") return "done" as const;
        if (!(await stillWanted(tx, row))) {
          await tx.mailMessage.update({ where: { id }, data: { status: "SKIPPED", sealedLink: null } });
          return "skipped" as const;
        }
        await sendMail({ to: row.to_address, ...renderMail(contentOf(row)), messageId: `<${row.id}@rehabit.mail>` });
        await tx.mailMessage.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), sealedLink: null, attempts: { increment: 1 }, lastError: null } });
        return "sent" as const;
      },
      { timeout: 90_000, maxWait: 30_000 },
    );
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? ""}`.slice(0, 200) : "unknown";
    await db.mailMessage.updateMany({ where: { id, status: "PENDING" }, data: { attempts: { increment: 1 }, lastError: reason } });
    throw error;
  }
}

/**
 * Queues today's exercise reminder for every patient whose chosen hour it now is in their own zone
 * (active patient, active portal account, reminder on). Keyed by patient and local date, so however
 * often this runs and however many workers run it, a patient gets one a day.
 */
export async function queueDueExerciseReminders(now = new Date()): Promise<number> {
  const due = await db.$queryRaw<{ patient_id: string; clinic_id: string; email: string; clinic_name: string; local_date: string }[]>`
    SELECT r.patient_id::text, r.clinic_id::text, u.email, c.name AS clinic_name,
      to_char((${now}::timestamptz AT TIME ZONE r.time_zone)::date, 'YYYY-MM-DD') AS local_date
    FROM exercise_reminder r
    JOIN patient p ON p.id = r.patient_id AND p.clinic_id = r.clinic_id AND p.status = 'ACTIVE'
    JOIN app_user u ON u.id = p.portal_user_id AND u.status = 'ACTIVE'
    JOIN clinic c ON c.id = r.clinic_id
    WHERE r.enabled AND extract(hour FROM ${now}::timestamptz AT TIME ZONE r.time_zone) = r.hour`;
  let queued = 0;
  for (const patient of due) {
    const stored = await db.$transaction((tx) =>
      enqueueMail(tx, {
        clinicId: patient.clinic_id,
        key: `exercise-reminder:${patient.patient_id}:${patient.local_date}`,
        kind: "EXERCISE_REMINDER",
        to: patient.email,
        payload: {
          clinicName: patient.clinic_name,
          patientId: patient.patient_id,
          portalUrl: `${mailOrigin()}/portal`,
          ...unsubscribeLinks("daily-reminder", patient.patient_id),
        },
      }),
    );
    if (stored) queued += 1;
  }
  return queued;
}

/**
 * The signed-in patient turns their daily reminder on or off and picks its hour in their own zone.
 * `version` is the one the form was opened with (0: no setting yet); a stale one is refused. Audited.
 */
export async function setExerciseReminder(scope: PatientScope, input: ExerciseReminderInput): Promise<MutationResult<{ version: number }>> {
  return db.$transaction(async (tx) => {
    const owner = { patientId: scope.patientId, clinicId: scope.clinicId };
    const [current] = await tx.$queryRaw<{ enabled: boolean; hour: number; time_zone: string; version: number }[]>`
      SELECT enabled, hour, time_zone, version FROM exercise_reminder
      WHERE patient_id = ${scope.patientId}::uuid AND clinic_id = ${scope.clinicId}::uuid FOR UPDATE`;
    if ((current?.version ?? 0) !== input.version) {
      return { ok: false, fieldErrors: { _form: ["Your reminder was changed in another window. Reload the page to see it, then try again."] } };
    }
    const next = { enabled: input.enabled, hour: input.hour, timeZone: input.timeZone };
    const saved = current
      ? await tx.exerciseReminder.update({ where: { patientId: scope.patientId }, data: { ...next, version: { increment: 1 } }, select: { version: true } })
      : await tx.exerciseReminder.create({ data: { ...owner, ...next }, select: { version: true } });
    const before = current ? { enabled: current.enabled, hour: current.hour, timeZone: current.time_zone } : undefined;
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: scope.patientId,
      action: current ? "UPDATE" : "CREATE",
      entityType: "ExerciseReminder",
      entityId: scope.patientId,
      changes: before ? changedFields(before, next) : { after: next },
    });
    return { ok: true, value: { version: saved.version } };
  });
}

/**
 * The signed-in patient turns the reminder e-mail before each visit on or off (on until they first
 * say otherwise). `version` is the one the form was opened with (0: never changed); a stale one is
 * refused. Audited. Confirmations of booked or moved visits are not affected.
 */
export async function setVisitReminders(scope: PatientScope, input: VisitRemindersInput): Promise<MutationResult<{ version: number }>> {
  return db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ enabled: boolean; version: number }[]>`
      SELECT enabled, version FROM visit_reminder_setting
      WHERE patient_id = ${scope.patientId}::uuid AND clinic_id = ${scope.clinicId}::uuid FOR UPDATE`;
    const stale = { ok: false as const, fieldErrors: { _form: ["Your visit reminders were changed in another window. Reload the page to see them, then try again."] } };
    if ((current?.version ?? 0) !== input.version) return stale;
    // A first save that races another first save finds the row taken: stale, like any other.
    const [saved] = current
      ? await tx.$queryRaw<{ version: number }[]>`
          UPDATE visit_reminder_setting SET enabled = ${input.enabled}, version = version + 1, updated_at = now()
          WHERE patient_id = ${scope.patientId}::uuid RETURNING version`
      : await tx.$queryRaw<{ version: number }[]>`
          INSERT INTO visit_reminder_setting (patient_id, clinic_id, enabled, updated_at)
          VALUES (${scope.patientId}::uuid, ${scope.clinicId}::uuid, ${input.enabled}, now())
          ON CONFLICT (patient_id) DO NOTHING RETURNING version`;
    if (!saved) return stale;
    await recordAudit(tx, {
      clinicId: scope.clinicId,
      actorId: scope.actorId,
      patientId: scope.patientId,
      action: current ? "UPDATE" : "CREATE",
      entityType: "VisitReminderSetting",
      entityId: scope.patientId,
      changes: { before: { enabled: current?.enabled ?? true }, after: { enabled: input.enabled } },
    });
    return { ok: true, value: { version: saved.version } };
  });
}

/**
 * An unsubscribe link: stops the one list its token names, for the one patient it names, without
 * signing in (the signed token is the credential). Audited as the patient's own change. False for a
 * forged or malformed token, or one with nothing to stop; true (and no change) when already off.
 */
export async function unsubscribe(token: string): Promise<boolean> {
  const target = parseUnsubscribeToken(token);
  if (!target) return false;
  switch (target.list) {
    case "daily-reminder":
      return unsubscribeExerciseReminder(target.patientId);
    case "visit-reminder":
      return unsubscribeVisitReminders(target.patientId);
  }
}

/** Visit reminders off for the patient a verified token names (on until now when no row exists). */
async function unsubscribeVisitReminders(patientId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const patient = await tx.patient.findUnique({ where: { id: patientId }, select: { clinicId: true, portalUserId: true } });
    if (!patient) return false;
    await tx.$executeRaw`
      INSERT INTO visit_reminder_setting (patient_id, clinic_id, enabled, version, updated_at)
      VALUES (${patientId}::uuid, ${patient.clinicId}::uuid, true, 0, now()) ON CONFLICT (patient_id) DO NOTHING`;
    const [current] = await tx.$queryRaw<{ enabled: boolean; version: number }[]>`
      SELECT enabled, version FROM visit_reminder_setting WHERE patient_id = ${patientId}::uuid FOR UPDATE`;
    if (!current?.enabled) return true;
    await tx.$executeRaw`UPDATE visit_reminder_setting SET enabled = false, version = version + 1, updated_at = now() WHERE patient_id = ${patientId}::uuid`;
    await recordAudit(tx, {
      clinicId: patient.clinicId,
      actorId: patient.portalUserId ?? patientId,
      patientId,
      action: current.version === 0 ? "CREATE" : "UPDATE",
      entityType: "VisitReminderSetting",
      entityId: patientId,
      changes: { before: { enabled: true }, after: { enabled: false } },
    });
    return true;
  });
}

/** The daily reminder off for the patient a verified token names; false when they never had one. */
async function unsubscribeExerciseReminder(patientId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const reminder = await tx.exerciseReminder.findUnique({
      where: { patientId },
      select: { clinicId: true, enabled: true, patient: { select: { portalUserId: true } } },
    });
    if (!reminder) return false;
    if (!reminder.enabled) return true;
    await tx.exerciseReminder.update({ where: { patientId }, data: { enabled: false, version: { increment: 1 } } });
    await recordAudit(tx, {
      clinicId: reminder.clinicId,
      actorId: reminder.patient.portalUserId ?? patientId,
      patientId,
      action: "UPDATE",
      entityType: "ExerciseReminder",
      entityId: patientId,
      changes: { before: { enabled: true }, after: { enabled: false } },
    });
    return true;
  });
}
