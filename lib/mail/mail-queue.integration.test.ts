import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { invitePatient, issuePatientPasswordReset } from "@/lib/invitations/mutations";
import { requestLefs } from "@/lib/lefs/mutations";
import { inviteStaff } from "@/lib/staff/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { createPortalPatient } from "@/scripts/testing/portal-patient-fixture";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { addressed, enqueueTestMail, HEALTH_WORDS, setUpMailTestBed, startSink, startWorker, statusesOf, useSmtp } from "@/scripts/testing/mail-test-bed";
import { freePort, waitFor } from "@/scripts/testing/smtp-sink";
import { describeUndeliveredMail } from "@/lib/outbox/undelivered-mail.cases";
import { enqueueMail, queueAppointmentMail, queueDueExerciseReminders, sendQueuedMail, setExerciseReminder, setVisitReminders, unsubscribe } from "./mutations";
import { unsubscribeToken } from "./tokens";

/**
 * The mail queue with real graphile-worker runners and a local SMTP sink per test: its guarantees (a
 * rolled-back change sends nothing, each message goes once however many workers run, a dead SMTP server
 * loses nothing), then what each e-mail says and when it goes. One test file on purpose: graphile-worker's
 * queue is the database's, so runners of two test files running at once would take each other's jobs;
 * other folders' queue cases are imported and run here (lib/outbox/undelivered-mail.cases.ts).
 */
setUpMailTestBed();

let clinic: TestClinic;

/** A plain message of the test's clinic for `address`. */
const enqueueFor = (address: string, key?: string) => enqueueTestMail(clinic.clinicId, address, key);

beforeAll(async () => {
  clinic = await createTestClinic({ timeZone: "Europe/London" });
});

describe("the mail queue", () => {
  it("never sends a message enqueued in a rolled-back transaction, and sends the committed one", async () => {
    useSmtp((await startSink()).port);
    const kept = `kept-${randomUUID()}@test.example`;
    const dropped = `dropped-${randomUUID()}@test.example`;
    await expect(
      testDb.$transaction(async (tx) => {
        await enqueueMail(tx, { clinicId: clinic.clinicId, key: `test:${randomUUID()}`, kind: "LEFS_REQUEST", to: dropped, payload: { clinicName: "Test Clinic", portalUrl: "http://localhost/portal" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    await enqueueFor(kept);
    await startWorker();
    await waitFor("the committed message", () => addressed(kept).length === 1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(addressed(dropped)).toHaveLength(0);
    expect(await statusesOf([dropped])).toEqual([]);
    expect(await statusesOf([kept])).toEqual(["SENT"]);
  });

  it("two workers send each of 20 messages exactly once, even with a duplicate job for every message", async () => {
    useSmtp((await startSink()).port);
    const addresses = Array.from({ length: 20 }, (_, i) => `two-workers-${i}-${randomUUID()}@test.example`);
    for (const address of addresses) await enqueueFor(address);
    // A second job per message, outside the job key: what a requeue after a crash could leave.
    const ids = await testDb.mailMessage.findMany({ where: { toAddress: { in: addresses } }, select: { id: true } });
    for (const { id } of ids) await testDb.$executeRaw`SELECT graphile_worker.add_job('send_mail', json_build_object('id', ${id}::text))`;
    await Promise.all([startWorker(), startWorker()]);
    await waitFor("every message SENT", async () => (await statusesOf(addresses)).every((status) => status === "SENT"));
    await waitFor("the queue drained", async () => {
      const rows = await testDb.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = 'send_mail'`;
      return rows[0]?.n === 0n;
    });
    for (const address of addresses) expect(addressed(address), address).toHaveLength(1);
    const messageIds = addresses.map((address) => addressed(address)[0]!.messageId);
    expect(new Set(messageIds).size).toBe(20);
  }, 60_000);

  it("keeps messages while the SMTP server is down and delivers each once when it returns", async () => {
    const port = await freePort();
    useSmtp(port);
    const addresses = Array.from({ length: 5 }, (_, i) => `smtp-down-${i}-${randomUUID()}@test.example`);
    for (const address of addresses) await enqueueFor(address);
    await startWorker();
    await waitFor("a failed attempt for each", async () => {
      const rows = await testDb.mailMessage.findMany({ where: { toAddress: { in: addresses } }, select: { attempts: true, lastError: true, status: true } });
      return rows.length === 5 && rows.every((row) => row.attempts >= 1 && row.lastError && row.status === "PENDING");
    });
    await startSink(port);
    // The queue's backoff: the first retry comes e¹ ≈ 2.7 s after the first failure, the second e² ≈ 7.4 s after that.
    await waitFor("every message delivered", async () => (await statusesOf(addresses)).every((status) => status === "SENT"), 45_000);
    for (const address of addresses) expect(addressed(address), address).toHaveLength(1);
  }, 60_000);
});

describe("a restored database", () => {
  it("a PENDING message whose job is gone (the queue is not in a backup) gets a new one when a worker starts, and is sent once", async () => {
    useSmtp((await startSink()).port);
    const address = `orphan-${randomUUID()}@test.example`;
    await enqueueFor(address);
    const { id } = await testDb.mailMessage.findFirstOrThrow({ where: { toAddress: address }, select: { id: true } });
    await testDb.$executeRaw`SELECT graphile_worker.remove_job(${`mail:${id}`})`;
    await Promise.all([startWorker(), startWorker()]);
    await waitFor("the orphaned message", async () => (await statusesOf([address]))[0] === "SENT");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(addressed(address)).toHaveLength(1);
  }, 30_000);
});

// The admin E-mail page's cases (lib/outbox) run here, in this file's process, for the queue's sake.
describeUndeliveredMail(() => clinic);

describe("what each message says", () => {
  it("a LEFS request, an invitation and a reset reach the patient with plain text, HTML and no health details; the links work", async () => {
    useSmtp((await startSink()).port);
    const { patientId } = await createPortalPatient(clinic);
    const portalUser = await testDb.patient.findUniqueOrThrow({ where: { id: patientId }, select: { portalUser: { select: { email: true } } } });
    const lefs = await requestLefs(clinic.scope, { patientId });
    expect(lefs).toMatchObject({ ok: true, value: { emailed: true } });

    const reset = await issuePatientPasswordReset(clinic.scope, { patientId }, new Date(), "https://rehabit.example");
    if (!reset.ok) throw new Error("no reset");
    expect(reset.value.emailed).toBe(true);
    // The outbox keeps the link sealed, never readable.
    const outbox = await testDb.mailMessage.findMany({ where: { toAddress: portalUser.portalUser!.email }, select: { sealedLink: true, payload: true, kind: true } });
    expect(JSON.stringify(outbox)).not.toContain(reset.value.token);

    const invitee = await createPatient(clinic.scope, patientFields());
    if (!invitee.ok) throw new Error("no patient");
    const inviteEmail = `invitee-${randomUUID()}@test.example`;
    const invited = await invitePatient(clinic.scope, { patientId: invitee.value.id, email: inviteEmail }, new Date(), "https://rehabit.example");
    expect(invited).toMatchObject({ ok: true, value: { emailed: true } });

    await startWorker();
    await waitFor("three messages", () => addressed(portalUser.portalUser!.email).length === 2 && addressed(inviteEmail).length === 1);
    const [first, second] = addressed(portalUser.portalUser!.email).sort((a, b) => (a.subject ?? "").localeCompare(b.subject ?? ""));
    const invitation = addressed(inviteEmail)[0]!;
    expect(first!.subject).toMatch(/^A message from Test clinic/);
    expect(second!.subject).toBe("Set a new Rehabit password");
    expect(second!.text).toContain(`https://rehabit.example/set-password/${reset.value.token}`);
    expect(second!.html).toContain(`href="https://rehabit.example/set-password/${reset.value.token}"`);
    expect(invitation.subject).toMatch(/invites you to Rehabit$/);
    expect(invitation.text).toContain(`https://rehabit.example/invite/`);
    for (const mail of [first!, second!, invitation]) {
      expect(mail.text?.length).toBeGreaterThan(20);
      expect(mail.html).toBeTruthy();
      for (const word of HEALTH_WORDS) expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(word);
    }
    // Sent: the sealed link is erased from the outbox. The sink has the message before the sender commits, so wait for the commit.
    const invitationRow = () => testDb.mailMessage.findMany({ where: { toAddress: inviteEmail }, select: { sealedLink: true, status: true } });
    await waitFor("the invitation marked SENT", async () => (await invitationRow())[0]?.status === "SENT");
    expect(await invitationRow()).toEqual([{ sealedLink: null, status: "SENT" }]);
  }, 60_000);

  it("a staff invitation reaches the new clinician with its link", async () => {
    useSmtp((await startSink()).port);
    const admin = await testDb.user.create({ data: { clinicId: clinic.clinicId, email: `admin-${randomUUID()}@test.example`, name: "Admin", role: "ADMIN", status: "ACTIVE" }, select: { id: true } });
    const adminScope = { ...clinic.scope, actorId: admin.id };
    const email = `new-staff-${randomUUID()}@test.example`;
    const invited = await inviteStaff(adminScope, { email, name: "New Clinician", role: "CLINICIAN" }, new Date(), "https://rehabit.example");
    if (!invited.ok) throw new Error("not invited");
    expect(invited.value.emailed).toBe(true);
    await startWorker();
    await waitFor("the staff invitation", () => addressed(email).length === 1);
    expect(addressed(email)[0]!.text).toContain(`https://rehabit.example/set-password/${invited.value.token}`);
  });

  it("with SMTP off nothing is queued, and the caller is told", async () => {
    const { patientId } = await createPortalPatient(clinic);
    expect(await requestLefs(clinic.scope, { patientId })).toMatchObject({ ok: true, value: { emailed: false } });
    expect(await issuePatientPasswordReset(clinic.scope, { patientId })).toMatchObject({ ok: true, value: { emailed: false } });
  });
});

async function bookVisit(patientId: string, startsAt: Date) {
  return testDb.appointment.create({
    data: {
      clinicId: clinic.clinicId,
      patientId,
      clinicianId: clinic.scope.actorId,
      bookedById: clinic.scope.actorId,
      type: "TREATMENT",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 45 * 60_000),
      requestId: randomUUID(),
    },
    select: { id: true },
  });
}
const idOf = async (appointmentId: string, kind: "APPOINTMENT_CONFIRMATION" | "APPOINTMENT_REMINDER", startsAt: Date) =>
  (await testDb.mailMessage.findFirstOrThrow({ where: { kind, payload: { path: ["appointmentId"], equals: appointmentId }, AND: { payload: { path: ["startsAt"], equals: startsAt.toISOString() } } }, select: { id: true } })).id;

describe("appointment mail", () => {
  it("a confirmation names the time in the clinic's zone; the 24-hour reminder waits, and is skipped for a cancelled or moved visit", async () => {
    useSmtp((await startSink()).port);
    const { patientId } = await createPortalPatient(clinic);
    const email = (await testDb.patient.findUniqueOrThrow({ where: { id: patientId }, select: { portalUser: { select: { email: true } } } })).portalUser!.email;
    const startsAt = new Date("2027-07-01T08:00:00Z");
    const visit = await bookVisit(patientId, startsAt);
    const now = new Date("2027-06-20T12:00:00Z");
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "CONFIRMATION", now))).toBe(true);
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(true);
    // Another clinic's scope does not reach the visit.
    expect(await testDb.$transaction(async (tx) => queueAppointmentMail(tx, { clinicId: (await createTestClinic()).clinicId }, visit.id, "CONFIRMATION", now))).toBe(false);
    // Enqueued twice, stored once.
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(false);
    const [job] = await testDb.$queryRaw<{ run_at: Date }[]>`
      SELECT run_at FROM graphile_worker.jobs WHERE key = ${`mail:${await idOf(visit.id, "APPOINTMENT_REMINDER", startsAt)}`}`;
    expect(job!.run_at.toISOString()).toBe("2027-06-30T08:00:00.000Z");

    expect(await sendQueuedMail(await idOf(visit.id, "APPOINTMENT_CONFIRMATION", startsAt))).toBe("sent");
    expect(addressed(email)[0]!.text).toContain("has booked you a visit at 1 Jul 2027, 09:00 BST");

    // Moved: the old reminder is skipped at send time, the new time gets its own.
    const moved = new Date("2027-07-02T08:00:00Z");
    await testDb.appointment.update({ where: { id: visit.id }, data: { startsAt: moved, endsAt: new Date(moved.getTime() + 45 * 60_000) } });
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(true);
    expect(await sendQueuedMail(await idOf(visit.id, "APPOINTMENT_REMINDER", startsAt))).toBe("skipped");
    expect(await sendQueuedMail(await idOf(visit.id, "APPOINTMENT_REMINDER", moved))).toBe("sent");
    expect(addressed(email).at(-1)!.text).toContain("You have a visit at Test clinic");
    expect(addressed(email).at(-1)!.text).toContain("2 Jul 2027, 09:00 BST");

    // Cancelled: its reminder is skipped.
    const other = await bookVisit(patientId, new Date("2027-08-01T08:00:00Z"));
    await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, other.id, "REMINDER", now));
    await testDb.appointment.update({ where: { id: other.id }, data: { status: "CANCELLED", cancelReason: "Patient unwell" } });
    expect(await sendQueuedMail(await idOf(other.id, "APPOINTMENT_REMINDER", new Date("2027-08-01T08:00:00Z")))).toBe("skipped");
    expect(addressed(email)).toHaveLength(2);
    for (const mail of addressed(email)) for (const word of HEALTH_WORDS) expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(word);
  }, 30_000);
});

describe("the daily exercise reminder", () => {
  it("goes out once per local day at the chosen hour, with a working, scoped unsubscribe link that is audited", async () => {
    useSmtp((await startSink()).port);
    const own = await createPortalPatient(clinic);
    const other = await createPortalPatient(clinic);
    for (const { scope } of [own, other]) {
      expect(await setExerciseReminder(scope, { enabled: true, hour: 7, timeZone: "Pacific/Auckland", version: 0 })).toMatchObject({ ok: true, value: { version: 1 } });
    }
    // A stale form is refused, not written over.
    expect(await setExerciseReminder(own.scope, { enabled: false, hour: 7, timeZone: "Pacific/Auckland", version: 0 })).toMatchObject({ ok: false });

    const sevenInAuckland = new Date("2027-01-14T18:10:00Z"); // 07:10 on 15 Jan, NZDT (UTC+13)
    expect(await queueDueExerciseReminders(new Date("2027-01-14T17:10:00Z"))).toBe(0); // 06:10 there
    expect(await queueDueExerciseReminders(sevenInAuckland)).toBeGreaterThanOrEqual(2);
    expect(await queueDueExerciseReminders(new Date("2027-01-14T18:40:00Z"))).toBe(0); // same local day: already queued
    const ownEmail = (await testDb.patient.findUniqueOrThrow({ where: { id: own.patientId }, select: { portalUser: { select: { email: true } } } })).portalUser!.email;
    const [message] = await testDb.mailMessage.findMany({ where: { toAddress: ownEmail }, select: { id: true, idempotencyKey: true } });
    expect(message!.idempotencyKey).toBe(`exercise-reminder:${own.patientId}:2027-01-15`);
    expect(await sendQueuedMail(message!.id)).toBe("sent");

    const mail = addressed(ownEmail)[0]!;
    const header = (name: string) => mail.headerLines.find((line) => line.key === name)?.line ?? "";
    const listUnsubscribe = header("list-unsubscribe");
    const link = /\/unsubscribe\/([^>\s"]+)/.exec(listUnsubscribe)?.[1];
    expect(link).toBeTruthy();
    expect(listUnsubscribe).toContain(`/api/unsubscribe/${link}`);
    expect(mail.text).toContain(`/unsubscribe/${link}`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    for (const word of HEALTH_WORDS) expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(word);

    // Scoped: the signature of one patient does not turn off another's; a made-up token does nothing.
    const [list, , signature] = link!.split(".");
    expect(list).toBe("daily-reminder");
    expect(await unsubscribe(`daily-reminder.${other.patientId}.${signature}`)).toBe(false);
    expect(await unsubscribe("not-a-token")).toBe(false);
    expect(await unsubscribe(link!)).toBe(true);
    const reminders = await testDb.exerciseReminder.findMany({ where: { patientId: { in: [own.patientId, other.patientId] } }, select: { patientId: true, enabled: true } });
    expect(Object.fromEntries(reminders.map((r) => [r.patientId, r.enabled]))).toEqual({ [own.patientId]: false, [other.patientId]: true });
    const audit = await testDb.auditEvent.findMany({ where: { patientId: own.patientId, entityType: "ExerciseReminder" }, select: { action: true, after: true }, orderBy: { at: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["CREATE", "UPDATE"]);
    expect(audit[1]!.after).toEqual({ enabled: false });

    // The other patient's queued reminder is still sent; the unsubscribed one's next day is not queued.
    const otherEmail = (await testDb.patient.findUniqueOrThrow({ where: { id: other.patientId }, select: { portalUser: { select: { email: true } } } })).portalUser!.email;
    const next = await queueDueExerciseReminders(new Date("2027-01-15T18:10:00Z"));
    expect(await testDb.mailMessage.count({ where: { toAddress: ownEmail } })).toBe(1);
    expect(next).toBeGreaterThanOrEqual(1);
    expect(await testDb.mailMessage.count({ where: { toAddress: otherEmail } })).toBe(2);
  }, 30_000);
});

describe("visit reminders", () => {
  const emailOf = async (patientId: string) =>
    (await testDb.patient.findUniqueOrThrow({ where: { id: patientId }, select: { portalUser: { select: { email: true } } } })).portalUser!.email;
  const visitRemindersOn = async (patientId: string) =>
    (await testDb.visitReminderSetting.findUnique({ where: { patientId }, select: { enabled: true } }))?.enabled ?? true;

  it("are not queued for a patient who turned them off, though the confirmation still goes", async () => {
    useSmtp((await startSink()).port);
    const { patientId, scope } = await createPortalPatient(clinic);
    expect(await setVisitReminders(scope, { enabled: false, version: 0 })).toMatchObject({ ok: true, value: { version: 1 } });
    // A stale form is refused, not written over.
    expect(await setVisitReminders(scope, { enabled: true, version: 0 })).toMatchObject({ ok: false });
    const startsAt = new Date("2027-09-01T08:00:00Z");
    const visit = await bookVisit(patientId, startsAt);
    const now = new Date("2027-08-20T12:00:00Z");
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(false);
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "CONFIRMATION", now))).toBe(true);
    expect(await sendQueuedMail(await idOf(visit.id, "APPOINTMENT_CONFIRMATION", startsAt))).toBe("sent");
    expect(addressed(await emailOf(patientId))).toHaveLength(1);
    expect(await testDb.mailMessage.count({ where: { kind: "APPOINTMENT_REMINDER", payload: { path: ["appointmentId"], equals: visit.id } } })).toBe(0);

    // Turned on again (the audit has both changes): the next reminder is queued.
    expect(await setVisitReminders(scope, { enabled: true, version: 1 })).toMatchObject({ ok: true, value: { version: 2 } });
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(true);
    const audit = await testDb.auditEvent.findMany({ where: { patientId, entityType: "VisitReminderSetting" }, select: { action: true, actorId: true, after: true }, orderBy: { at: "asc" } });
    expect(audit).toEqual([
      { action: "CREATE", actorId: scope.actorId, after: { enabled: false } },
      { action: "UPDATE", actorId: scope.actorId, after: { enabled: true } },
    ]);
  }, 30_000);

  it("carry a working unsubscribe link for that list and patient only; one already queued is skipped after it", async () => {
    useSmtp((await startSink()).port);
    const own = await createPortalPatient(clinic);
    const other = await createPortalPatient(clinic);
    await setExerciseReminder(own.scope, { enabled: true, hour: 7, timeZone: "Europe/London", version: 0 });
    const now = new Date("2027-10-20T12:00:00Z");
    const first = new Date("2027-11-01T09:00:00Z");
    const second = new Date("2027-11-08T09:00:00Z");
    const otherTime = new Date("2027-11-01T10:00:00Z");
    const [ownFirst, ownSecond, otherFirst] = [await bookVisit(own.patientId, first), await bookVisit(own.patientId, second), await bookVisit(other.patientId, otherTime)];
    for (const visit of [ownFirst, ownSecond, otherFirst]) {
      expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", now))).toBe(true);
    }
    expect(await sendQueuedMail(await idOf(ownFirst.id, "APPOINTMENT_REMINDER", first))).toBe("sent");

    const ownEmail = await emailOf(own.patientId);
    const mail = addressed(ownEmail)[0]!;
    const header = (name: string) => mail.headerLines.find((line) => line.key === name)?.line ?? "";
    const link = /\/api\/unsubscribe\/([^>\s"]+)/.exec(header("list-unsubscribe"))?.[1];
    expect(link).toBe(unsubscribeToken("visit-reminder", own.patientId));
    expect(mail.text).toContain(`/unsubscribe/${link}`);
    expect(mail.html).toContain(`/unsubscribe/${link}"`);
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    for (const word of HEALTH_WORDS) expect(`${mail.subject}${mail.text}${mail.html}`).not.toMatch(word);

    // Refused: the signature under another patient, under the other list, and the other list's own
    // signature under this one's name. Nothing changes.
    const signature = link!.split(".")[2]!;
    const exerciseSignature = unsubscribeToken("daily-reminder", own.patientId).split(".")[2]!;
    for (const forged of [`visit-reminder.${other.patientId}.${signature}`, `daily-reminder.${own.patientId}.${signature}`, `visit-reminder.${own.patientId}.${exerciseSignature}`, `${own.patientId}.${signature}`]) {
      expect(await unsubscribe(forged), forged).toBe(false);
    }
    expect(await visitRemindersOn(own.patientId)).toBe(true);
    expect((await testDb.exerciseReminder.findUniqueOrThrow({ where: { patientId: own.patientId }, select: { enabled: true } })).enabled).toBe(true);

    // The link stops visit reminders, audited as the patient's own change, and nothing else.
    expect(await unsubscribe(link!)).toBe(true);
    expect(await unsubscribe(link!)).toBe(true); // a second click: still off, no second change
    expect(await visitRemindersOn(own.patientId)).toBe(false);
    expect(await visitRemindersOn(other.patientId)).toBe(true);
    expect((await testDb.exerciseReminder.findUniqueOrThrow({ where: { patientId: own.patientId }, select: { enabled: true } })).enabled).toBe(true);
    const portalUserId = (await testDb.patient.findUniqueOrThrow({ where: { id: own.patientId }, select: { portalUserId: true } })).portalUserId;
    const audit = await testDb.auditEvent.findMany({ where: { patientId: own.patientId, entityType: "VisitReminderSetting" }, select: { action: true, actorId: true, clinicId: true, before: true, after: true } });
    expect(audit).toEqual([{ action: "CREATE", actorId: portalUserId, clinicId: clinic.clinicId, before: { enabled: true }, after: { enabled: false } }]);

    // The reminder already queued for the second visit is skipped at send time; the other patient's goes.
    expect(await sendQueuedMail(await idOf(ownSecond.id, "APPOINTMENT_REMINDER", second))).toBe("skipped");
    expect(await sendQueuedMail(await idOf(otherFirst.id, "APPOINTMENT_REMINDER", otherTime))).toBe("sent");
    expect(addressed(ownEmail)).toHaveLength(1);
    expect(addressed(await emailOf(other.patientId))).toHaveLength(1);
    // The account page's form opened before the unsubscribe is stale.
    expect(await setVisitReminders(own.scope, { enabled: true, version: 0 })).toMatchObject({ ok: false });
  }, 30_000);

  it("reach a patient without a portal account at the e-mail on their record, and their link stops them (audited as the patient)", async () => {
    useSmtp((await startSink()).port);
    const email = `no-portal-${randomUUID()}@test.example`;
    const created = await createPatient(clinic.scope, patientFields({ email }));
    if (!created.ok) throw new Error("patient not created");
    const patientId = created.value.id;
    const startsAt = new Date("2027-12-01T09:00:00Z");
    const visit = await bookVisit(patientId, startsAt);
    expect(await testDb.$transaction((tx) => queueAppointmentMail(tx, clinic, visit.id, "REMINDER", new Date("2027-11-20T12:00:00Z")))).toBe(true);
    expect(await sendQueuedMail(await idOf(visit.id, "APPOINTMENT_REMINDER", startsAt))).toBe("sent");
    const link = /\/api\/unsubscribe\/([^>\s"]+)/.exec(addressed(email)[0]!.headerLines.find((line) => line.key === "list-unsubscribe")!.line)![1]!;
    expect(await unsubscribe(link)).toBe(true);
    expect((await testDb.visitReminderSetting.findUniqueOrThrow({ where: { patientId }, select: { enabled: true, clinicId: true } }))).toEqual({ enabled: false, clinicId: clinic.clinicId });
    const audit = await testDb.auditEvent.findMany({ where: { patientId, entityType: "VisitReminderSetting" }, select: { actorId: true } });
    expect(audit).toEqual([{ actorId: patientId }]);
  }, 30_000);
});
