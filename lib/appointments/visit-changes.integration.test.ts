/**
 * Changing a booked visit beyond its time: handing it to a colleague and changing its type, against a
 * real database. The hand-over moves the visit from one diary to the other, is refused when the
 * colleague is busy then (naming their visit) or is not a clinician of the clinic, and is audited with
 * both clinicians; a change of nothing is refused. Nothing refused changes the visit or its history.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderMail, type MailContent } from "@/lib/mail/messages";
import { createPatient } from "@/lib/patients/mutations";
import { createUser } from "@/prisma/factories";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { wallClockIn } from "./clinic-clock";
import { bookAppointment, moveAppointment, type DiaryAccess } from "./mutations";
import type { BookAppointmentInput, MoveAppointmentInput } from "./schema";

const OWN: DiaryAccess = { anyClinician: false };
const ANY: DiaryAccess = { anyClinician: true };
const DAY_MS = 86_400_000;

let clinicA: TestClinic;
let clinicB: TestClinic;
let patientId: string;
let patientEmail: string;
let colleague: { id: string; name: string };
let futureDay: string;

const at = (hour: number, minute = 0) => `${futureDay}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

async function book(overrides: Partial<BookAppointmentInput>) {
  const input: BookAppointmentInput = { patientId, clinicianId: clinicA.scope.actorId, type: "TREATMENT", start: at(9), minutes: 30, episodeId: "", requestId: randomUUID(), ...overrides };
  const result = await bookAppointment(clinicA.scope, ANY, input);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

/** A change of the visit booked at `start` by the test clinician: as it is unless told otherwise. */
const change = (visit: { id: string; version: number }, start: string, overrides: Partial<MoveAppointmentInput> = {}): MoveAppointmentInput => ({
  appointmentId: visit.id,
  version: visit.version,
  start,
  minutes: 30,
  clinicianId: clinicA.scope.actorId,
  type: "TREATMENT",
  reason: "Clinician away that afternoon",
  ...overrides,
});

const diaryOf = (clinicianId: string) => testDb.appointment.findMany({ where: { clinicianId, startsAt: { gte: new Date(`${futureDay}T00:00:00Z`) } }, select: { id: true } }).then((rows) => rows.map((row) => row.id));
const stored = (id: string) => testDb.appointment.findUniqueOrThrow({ where: { id }, select: { clinicianId: true, type: true, startsAt: true, version: true, moveReason: true } });
const auditOf = (entityId: string) => testDb.auditEvent.findMany({ where: { entityId, entityType: "Appointment" }, select: { action: true, before: true, after: true }, orderBy: { at: "asc" } });

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
  patientEmail = `handover-${randomUUID()}@test.example`;
  const patient = await createPatient(clinicA.scope, patientFields({ email: patientEmail }));
  if (!patient.ok) throw new Error("patient not created");
  patientId = patient.value.id;
  const name = "Robin Colleague";
  colleague = { ...(await createUser(testDb, { clinicId: clinicA.clinicId, email: `colleague-${randomUUID()}@test.example`, name, role: "CLINICIAN", passwordHash: "x" })), name };
  futureDay = wallClockIn("UTC", new Date(Date.now() + 9 * DAY_MS)).slice(0, 10);
});

afterAll(() => testDb.$disconnect());

describe("handing a visit to a colleague", () => {
  it("moves it from the clinician's diary to the colleague's, names the colleague to the clinician, and audits both clinicians with the reason", async () => {
    const visit = await book({ start: at(9) });
    const result = await moveAppointment(clinicA.scope, OWN, change(visit, at(9), { clinicianId: colleague.id }));
    expect(result).toEqual({ ok: true, value: { id: visit.id, version: 2, handedTo: "Robin Colleague" } });
    expect(await diaryOf(clinicA.scope.actorId)).not.toContain(visit.id);
    expect(await diaryOf(colleague.id)).toContain(visit.id);
    expect((await auditOf(visit.id)).at(-1)).toEqual({
      action: "UPDATE",
      before: { clinicianId: clinicA.scope.actorId, clinician: "Test Clinician" },
      after: { clinicianId: colleague.id, clinician: "Robin Colleague", reason: "Clinician away that afternoon" },
    });
    // It is the colleague's now: the clinician who handed it over can no longer change it.
    await expect(moveAppointment(clinicA.scope, OWN, change({ id: visit.id, version: 2 }, at(9, 30), { clinicianId: colleague.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("by an admin, with a new time too: the admin can still open it (nothing named), both changes audited", async () => {
    const visit = await book({ start: at(10) });
    const result = await moveAppointment(clinicA.scope, ANY, change(visit, at(10, 30), { clinicianId: colleague.id, minutes: 45 }));
    expect(result).toEqual({ ok: true, value: { id: visit.id, version: 2, handedTo: null } });
    expect((await auditOf(visit.id)).at(-1)).toMatchObject({
      before: { startsAt: `${at(10)}:00.000Z`, endsAt: `${at(10, 30)}:00.000Z`, clinicianId: clinicA.scope.actorId },
      after: { startsAt: `${at(10, 30)}:00.000Z`, endsAt: `${at(11, 15)}:00.000Z`, clinicianId: colleague.id, clinician: "Robin Colleague" },
    });
  });

  it("is refused when the colleague is busy then, naming the colleague's visit on the start; nothing changes", async () => {
    await book({ start: at(12), minutes: 60, clinicianId: colleague.id, type: "ASSESSMENT" });
    const visit = await book({ start: at(12, 30) });
    const result = await moveAppointment(clinicA.scope, OWN, change(visit, at(12, 30), { clinicianId: colleague.id }));
    expect(result).toEqual({ ok: false, fieldErrors: { start: [expect.stringMatching(/^Robin Colleague is already booked then: an assessment visit on .+, 12:00–13:00 UTC\. Choose another time\.$/)] } });
    expect(await stored(visit.id)).toEqual({ clinicianId: clinicA.scope.actorId, type: "TREATMENT", startsAt: new Date(`${at(12, 30)}:00Z`), version: 1, moveReason: null });
    expect(await auditOf(visit.id)).toHaveLength(1);
  });

  it("is refused with a message on the clinician for another clinic's clinician, an unknown id and a patient's account; nothing changes", async () => {
    const visit = await book({ start: at(14) });
    const portalUser = await createUser(testDb, { clinicId: clinicA.clinicId, email: `patient-${randomUUID()}@test.example`, name: "A Patient", role: "PATIENT", passwordHash: "x" });
    for (const clinicianId of [clinicB.scope.actorId, randomUUID(), portalUser.id]) {
      expect(await moveAppointment(clinicA.scope, ANY, change(visit, at(15), { clinicianId })), clinicianId).toEqual({
        ok: false,
        fieldErrors: { clinicianId: ["Choose an active clinician of this clinic."] },
      });
    }
    expect(await stored(visit.id)).toEqual({ clinicianId: clinicA.scope.actorId, type: "TREATMENT", startsAt: new Date(`${at(14)}:00Z`), version: 1, moveReason: null });
    expect(await auditOf(visit.id)).toHaveLength(1);
  });
});

describe("changing a visit's type, or nothing", () => {
  it("changes the type alone, audited as the type and the reason", async () => {
    const visit = await book({ start: at(16) });
    expect((await moveAppointment(clinicA.scope, OWN, change(visit, at(16), { type: "REVIEW", reason: "Progress review instead" }))).ok).toBe(true);
    expect(await stored(visit.id)).toMatchObject({ type: "REVIEW", startsAt: new Date(`${at(16)}:00Z`), version: 2, moveReason: "Progress review instead" });
    expect((await auditOf(visit.id)).at(-1)).toEqual({ action: "UPDATE", before: { type: "TREATMENT" }, after: { type: "REVIEW", reason: "Progress review instead" } });
  });

  it("refuses a change of nothing (same start, length, clinician and type) on the start", async () => {
    const visit = await book({ start: at(17) });
    expect(await moveAppointment(clinicA.scope, OWN, change(visit, at(17)))).toEqual({
      ok: false,
      fieldErrors: { start: ["That is the visit as it is now: change its start, length, clinician or type."] },
    });
    expect(await stored(visit.id)).toMatchObject({ version: 1, moveReason: null });
  });
});

describe("the patient's e-mail after a hand-over", () => {
  it("a hand-over with a new time queues a confirmation of the new time that names neither clinician nor the kind of visit; a type change alone queues none", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    try {
      const visit = await book({ start: at(18), type: "ASSESSMENT" });
      expect((await moveAppointment(clinicA.scope, OWN, change(visit, at(18, 30), { clinicianId: colleague.id, type: "TREATMENT" }))).ok).toBe(true);
      const mails = await testDb.mailMessage.findMany({ where: { toAddress: patientEmail, payload: { path: ["appointmentId"], equals: visit.id } }, select: { kind: true, payload: true }, orderBy: { createdAt: "asc" } });
      const latest = mails.filter((mail) => mail.kind === "APPOINTMENT_CONFIRMATION").at(-1)!;
      const content = { kind: latest.kind, ...(latest.payload as object) } as MailContent;
      expect(content).toMatchObject({ startsAt: `${at(18, 30)}:00.000Z` });
      const { subject, text } = renderMail(content);
      expect(`${subject}\n${text}`).not.toMatch(/Robin|Colleague|Test Clinician|assessment|treatment/i);
      // A change of type alone would send the same words again: the pair for that time stands, nothing new is queued.
      expect((await moveAppointment(clinicA.scope, ANY, change({ id: visit.id, version: 2 }, at(18, 30), { clinicianId: colleague.id, type: "REVIEW" }))).ok).toBe(true);
      expect(await testDb.mailMessage.count({ where: { toAddress: patientEmail, payload: { path: ["appointmentId"], equals: visit.id } } })).toBe(mails.length);
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});
