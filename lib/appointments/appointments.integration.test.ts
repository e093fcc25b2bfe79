import { randomUUID } from "node:crypto";
import { getServerSession } from "next-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionClaims } from "@/lib/core/auth/session";
import { ERROR_MESSAGES } from "@/lib/core/errors";
import { createPatient } from "@/lib/patients/mutations";
import { createUser } from "@/prisma/factories";
import { createTestClinic, openTestEpisode, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { bookAppointmentAction } from "./actions";
import { wallClockIn } from "./clinic-clock";
import { getAppointment, listDiary, listPatientVisits } from "./data";
import { bookAppointment, cancelAppointment, markAppointment, moveAppointment, type DiaryAccess } from "./mutations";
import type { BookAppointmentInput } from "./schema";

vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), getServerSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const OWN: DiaryAccess = { anyClinician: false };
const ANY: DiaryAccess = { anyClinician: true };
const DAY_MS = 86_400_000;

let clinicA: TestClinic;
let clinicB: TestClinic;
let patientA: string;
let patientB: string;
let clinicianA: SessionClaims;
/** A day a week or so ahead, at a fixed wall-clock hour: each test takes its own hour. */
let futureDay: string;

const at = (hour: number, minute = 0) => `${futureDay}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;

const booking = (overrides: Partial<BookAppointmentInput> = {}): BookAppointmentInput => ({
  patientId: patientA,
  clinicianId: clinicA.scope.actorId,
  type: "TREATMENT",
  start: at(9),
  minutes: 45,
  episodeId: "",
  requestId: randomUUID(),
  ...overrides,
});

const liveVisitsOf = (clinicianId: string) => testDb.appointment.findMany({ where: { clinicianId, status: { not: "CANCELLED" } }, select: { id: true, startsAt: true, endsAt: true } });
const auditOf = (entityId: string) => testDb.auditEvent.findMany({ where: { entityId, entityType: "Appointment" }, select: { action: true, actorId: true, patientId: true, before: true, after: true }, orderBy: { at: "asc" } });

/** A change that keeps the clinician and type of a visit booked with `booking()`'s defaults. */
const unchanged = { get clinicianId() { return clinicA.scope.actorId; }, type: "TREATMENT" } as const;

async function booked(overrides: Partial<BookAppointmentInput> = {}) {
  const result = await bookAppointment(clinicA.scope, OWN, booking(overrides));
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
  const [a, b] = await Promise.all([createPatient(clinicA.scope, patientFields()), createPatient(clinicB.scope, patientFields())]);
  if (!a.ok || !b.ok) throw new Error("patients not created");
  patientA = a.value.id;
  patientB = b.value.id;
  clinicianA = { id: clinicA.scope.actorId, name: "Test Clinician", role: "CLINICIAN", clinicId: clinicA.clinicId, patientId: null, sessionGeneration: 0 };
  futureDay = wallClockIn("UTC", new Date(Date.now() + 8 * DAY_MS)).slice(0, 10);
});

beforeEach(() => vi.mocked(getServerSession).mockReset());

afterAll(() => testDb.$disconnect());

describe("double booking", () => {
  it("of twenty simultaneous bookings of one slot through the action, stores exactly one; the others get one clear message on the start", async () => {
    vi.mocked(getServerSession).mockResolvedValue({ user: clinicianA, expires: "" });
    const results = await Promise.all(Array.from({ length: 20 }, () => bookAppointmentAction({ ...booking({ start: at(7) }), minutes: "45" } as never)));
    const stored = results.filter((result) => result?.data?.ok);
    const refused = results.filter((result) => result?.data && !result.data.ok);
    expect(stored).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const result of refused) {
      expect(result?.data).toEqual({ ok: false, fieldErrors: { start: [expect.stringMatching(/^Test Clinician is already booked then: a treatment visit on .+, 07:00–07:45 UTC\. Choose another time\.$/)] } });
    }
    const live = (await liveVisitsOf(clinicA.scope.actorId)).filter((visit) => visit.startsAt.toISOString().startsWith(`${futureDay}T07:`));
    expect(live).toHaveLength(1);
  }, 60_000);

  it("refuses an overlap but not a visit starting when the previous one ends", async () => {
    await booked({ start: at(10), minutes: 30 });
    const overlap = await bookAppointment(clinicA.scope, OWN, booking({ start: at(10, 15), minutes: 30 }));
    expect(overlap).toEqual({ ok: false, fieldErrors: { start: [expect.stringContaining("10:00–10:30 UTC")] } });
    expect((await bookAppointment(clinicA.scope, OWN, booking({ start: at(10, 30), minutes: 30 }))).ok).toBe(true);
  });

  it("refuses a move into a clash and leaves the visit where it was", async () => {
    await booked({ start: at(11), minutes: 30 });
    const mover = await booked({ start: at(12), minutes: 30 });
    const result = await moveAppointment(clinicA.scope, OWN, { ...unchanged, appointmentId: mover.id, version: mover.version, start: at(11, 15), minutes: 30, reason: "Patient asked" });
    expect(result).toEqual({ ok: false, fieldErrors: { start: [expect.stringContaining("11:00–11:30 UTC")] } });
    const stored = await testDb.appointment.findUniqueOrThrow({ where: { id: mover.id }, select: { startsAt: true, version: true, moveReason: true } });
    expect(stored).toEqual({ startsAt: new Date(`${at(12)}:00Z`), version: 1, moveReason: null });
  });

  it("frees a cancelled visit's slot for a new booking", async () => {
    const first = await booked({ start: at(13) });
    expect((await bookAppointment(clinicA.scope, OWN, booking({ start: at(13) }))).ok).toBe(false);
    expect((await cancelAppointment(clinicA.scope, OWN, { appointmentId: first.id, version: first.version, reason: "Unwell" })).ok).toBe(true);
    expect((await bookAppointment(clinicA.scope, OWN, booking({ start: at(13) }))).ok).toBe(true);
  });
});

describe("booking", () => {
  it("stores the visit at the clinic's wall clock, with its episode, once per requestId, and audits it", async () => {
    const episodeId = await openTestEpisode(clinicA, patientA);
    const input = booking({ start: at(14), minutes: 60, type: "ASSESSMENT", episodeId });
    const first = await bookAppointment(clinicA.scope, OWN, input);
    const again = await bookAppointment(clinicA.scope, OWN, input);
    expect(first.ok && again.ok && first.value.id === again.value.id).toBe(true);
    const id = first.ok ? first.value.id : "";
    expect(await testDb.appointment.findUniqueOrThrow({ where: { id }, select: { startsAt: true, endsAt: true, type: true, status: true, episodeId: true, bookedById: true } })).toEqual({
      startsAt: new Date(`${at(14)}:00Z`),
      endsAt: new Date(`${at(15)}:00Z`),
      type: "ASSESSMENT",
      status: "BOOKED",
      episodeId,
      bookedById: clinicA.scope.actorId,
    });
    expect(await auditOf(id)).toEqual([
      expect.objectContaining({ action: "CREATE", actorId: clinicA.scope.actorId, patientId: patientA, after: expect.objectContaining({ type: "ASSESSMENT", startsAt: `${at(14)}:00.000Z` }) }),
    ]);
  });

  it("reads the start in the clinic's zone", async () => {
    const brisbane = await createTestClinic({ timeZone: "Australia/Brisbane" });
    const patient = await createPatient(brisbane.scope, patientFields());
    if (!patient.ok) throw new Error("patient");
    const result = await bookAppointment(brisbane.scope, OWN, booking({ patientId: patient.value.id, clinicianId: brisbane.scope.actorId, start: at(9) }));
    const id = result.ok ? result.value.id : "";
    const stored = await testDb.appointment.findUniqueOrThrow({ where: { id }, select: { startsAt: true } });
    expect(stored.startsAt.toISOString()).toBe(new Date(Date.parse(`${at(9)}:00Z`) - 10 * 3_600_000).toISOString());
  });

  it("refuses a start in the past, another clinician's diary for a clinician, another clinic's clinician and another patient's episode, writing nothing", async () => {
    const count = await testDb.appointment.count({ where: { clinicId: clinicA.clinicId } });
    const yesterday = wallClockIn("UTC", new Date(Date.now() - DAY_MS));
    expect(await bookAppointment(clinicA.scope, OWN, booking({ start: yesterday }))).toEqual({ ok: false, fieldErrors: { start: ["Choose a start in the future."] } });
    const colleague = await createUser(testDb, { clinicId: clinicA.clinicId, email: `colleague-${randomUUID()}@test.example`, name: "Colleague", role: "CLINICIAN", passwordHash: "x" });
    expect(await bookAppointment(clinicA.scope, OWN, booking({ clinicianId: colleague.id, start: at(16) }))).toEqual({ ok: false, fieldErrors: { clinicianId: ["You can book visits only in your own diary."] } });
    // An admin books in a colleague's diary, but never with another clinic's clinician.
    expect((await bookAppointment(clinicA.scope, ANY, booking({ clinicianId: colleague.id, start: at(16) }))).ok).toBe(true);
    expect(await bookAppointment(clinicA.scope, ANY, booking({ clinicianId: clinicB.scope.actorId, start: at(17) }))).toEqual({ ok: false, fieldErrors: { clinicianId: ["Choose an active clinician of this clinic."] } });
    const otherPatient = await createPatient(clinicA.scope, patientFields());
    const otherEpisode = await openTestEpisode(clinicA, otherPatient.ok ? otherPatient.value.id : "");
    expect(await bookAppointment(clinicA.scope, OWN, booking({ episodeId: otherEpisode, start: at(17) }))).toEqual({ ok: false, fieldErrors: { episodeId: ["Choose one of this patient's episodes, or none."] } });
    expect(await testDb.appointment.count({ where: { clinicId: clinicA.clinicId } })).toBe(count + 1);
  });

  it("answers another clinic's patient or visit with NOT_FOUND", async () => {
    await expect(bookAppointment(clinicA.scope, OWN, booking({ patientId: patientB, start: at(18) }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const visit = await booked({ start: at(18) });
    await expect(cancelAppointment(clinicB.scope, ANY, { appointmentId: visit.id, version: 1, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveAppointment(clinicB.scope, ANY, { ...unchanged, appointmentId: visit.id, version: 1, start: at(19), minutes: 30, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.appointment.findUniqueOrThrow({ where: { id: visit.id }, select: { status: true, version: true } })).toEqual({ status: "BOOKED", version: 1 });
  });

  it("refuses bad input at the action with field messages", async () => {
    vi.mocked(getServerSession).mockResolvedValue({ user: clinicianA, expires: "" });
    const result = await bookAppointmentAction({ ...booking(), start: "tomorrow", minutes: "7", type: "SURGERY" } as never);
    expect(result?.validationErrors?.fieldErrors).toMatchObject({ start: ["Enter the day and time the visit starts."], minutes: [expect.stringContaining("steps of 5")], type: ["Choose the kind of visit."] });
    vi.mocked(getServerSession).mockResolvedValue(null);
    expect(await bookAppointmentAction({ ...booking(), minutes: "45" } as never)).toEqual({ serverError: ERROR_MESSAGES.UNAUTHENTICATED });
  });
});

describe("move, cancel, mark", () => {
  it("moves with a reason and a version: a stale version is a CONFLICT; audited before and after", async () => {
    const visit = await booked({ start: at(20) });
    const moved = await moveAppointment(clinicA.scope, OWN, { ...unchanged, appointmentId: visit.id, version: 1, start: at(20, 30), minutes: 30, reason: "Patient asked" });
    expect(moved).toEqual({ ok: true, value: { id: visit.id, version: 2, handedTo: null } });
    await expect(moveAppointment(clinicA.scope, OWN, { ...unchanged, appointmentId: visit.id, version: 1, start: at(21), minutes: 30, reason: "Again" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await testDb.appointment.findUniqueOrThrow({ where: { id: visit.id }, select: { startsAt: true, endsAt: true, moveReason: true } })).toEqual({
      startsAt: new Date(`${at(20, 30)}:00Z`),
      endsAt: new Date(`${at(21)}:00Z`),
      moveReason: "Patient asked",
    });
    expect((await auditOf(visit.id)).at(-1)).toMatchObject({
      action: "UPDATE",
      before: { startsAt: `${at(20)}:00.000Z`, endsAt: `${at(20, 45)}:00.000Z` },
      after: { startsAt: `${at(20, 30)}:00.000Z`, endsAt: `${at(21)}:00.000Z`, reason: "Patient asked" },
    });
  });

  it("cancels once with a reason; a cancelled visit cannot be moved or cancelled again", async () => {
    const visit = await booked({ start: at(22) });
    expect(await cancelAppointment(clinicA.scope, OWN, { appointmentId: visit.id, version: 1, reason: "Patient unwell" })).toEqual({ ok: true, value: { id: visit.id, version: 2 } });
    expect((await cancelAppointment(clinicA.scope, OWN, { appointmentId: visit.id, version: 2, reason: "Again" })).ok).toBe(false);
    expect((await moveAppointment(clinicA.scope, OWN, { ...unchanged, appointmentId: visit.id, version: 2, start: at(23), minutes: 30, reason: "x" })).ok).toBe(false);
    expect(await testDb.appointment.findUniqueOrThrow({ where: { id: visit.id }, select: { status: true, cancelReason: true, version: true } })).toEqual({ status: "CANCELLED", cancelReason: "Patient unwell", version: 2 });
    expect((await auditOf(visit.id)).at(-1)).toMatchObject({ action: "STATUS_CHANGE", before: { status: "BOOKED" }, after: { status: "CANCELLED", reason: "Patient unwell" } });
  });

  it("marks attended or no-show only once the visit has started", async () => {
    const visit = await booked({ start: at(6) });
    const starts = new Date(`${at(6)}:00Z`);
    const early = await markAppointment(clinicA.scope, OWN, { appointmentId: visit.id, version: 1, outcome: "ATTENDED" }, new Date(starts.getTime() - 60_000));
    expect(early).toEqual({ ok: false, fieldErrors: { _form: ["A visit can be marked attended or no-show only once it has started."] } });
    expect(await markAppointment(clinicA.scope, OWN, { appointmentId: visit.id, version: 1, outcome: "NO_SHOW" }, starts)).toEqual({ ok: true, value: { id: visit.id, version: 2 } });
    expect((await markAppointment(clinicA.scope, OWN, { appointmentId: visit.id, version: 2, outcome: "ATTENDED" }, starts)).ok).toBe(false);
    expect((await auditOf(visit.id)).at(-1)).toMatchObject({ action: "STATUS_CHANGE", after: { status: "NO_SHOW" } });
  });

  it("keeps a clinician out of a colleague's visits (NOT_FOUND); an admin may act on them", async () => {
    const colleague = await createUser(testDb, { clinicId: clinicA.clinicId, email: `c2-${randomUUID()}@test.example`, name: "Second", role: "CLINICIAN", passwordHash: "x" });
    const result = await bookAppointment(clinicA.scope, ANY, booking({ clinicianId: colleague.id, start: at(8) }));
    const id = result.ok ? result.value.id : "";
    await expect(cancelAppointment(clinicA.scope, OWN, { appointmentId: id, version: 1, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await cancelAppointment(clinicA.scope, ANY, { appointmentId: id, version: 1, reason: "x" })).ok).toBe(true);
  });
});

describe("the patient's e-mails about a visit", () => {
  const mailOf = (appointmentId: string) =>
    testDb.mailMessage.findMany({ where: { payload: { path: ["appointmentId"], equals: appointmentId } }, select: { kind: true, toAddress: true, payload: true }, orderBy: { createdAt: "asc" } });

  it("with e-mail on, booking and moving each queue a confirmation and a 24-hour reminder in the change's transaction; a cancel or a refused booking queues none", async () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    try {
      const email = `visit-${randomUUID()}@test.example`;
      const patient = await createPatient(clinicA.scope, patientFields({ email }));
      if (!patient.ok) throw new Error("patient not created");
      // A clinician of their own, so this test's hours clash with no other test's.
      const clinician = await createUser(testDb, { clinicId: clinicA.clinicId, email: `c-mail-${randomUUID()}@test.example`, name: "Mail", role: "CLINICIAN", passwordHash: "x" });
      const book = (start: string) => bookAppointment(clinicA.scope, ANY, booking({ patientId: patient.value.id, clinicianId: clinician.id, start }));

      const visit = await book(at(9));
      if (!visit.ok) throw new Error("not booked");
      const startsAt = `${at(9)}:00.000Z`;
      expect(await mailOf(visit.value.id)).toEqual([
        { kind: "APPOINTMENT_CONFIRMATION", toAddress: email, payload: expect.objectContaining({ startsAt }) },
        { kind: "APPOINTMENT_REMINDER", toAddress: email, payload: expect.objectContaining({ startsAt }) },
      ]);

      expect((await book(at(9, 15))).ok).toBe(false);
      expect(await testDb.mailMessage.count({ where: { toAddress: email } })).toBe(2);

      const moved = await moveAppointment(clinicA.scope, ANY, { clinicianId: clinician.id, type: "TREATMENT", appointmentId: visit.value.id, version: visit.value.version, start: at(14), minutes: 45, reason: "Patient asked" });
      if (!moved.ok) throw new Error("not moved");
      expect((await mailOf(visit.value.id)).map((mail) => [mail.kind, (mail.payload as { startsAt: string }).startsAt])).toEqual([
        ["APPOINTMENT_CONFIRMATION", startsAt],
        ["APPOINTMENT_REMINDER", startsAt],
        ["APPOINTMENT_CONFIRMATION", `${at(14)}:00.000Z`],
        ["APPOINTMENT_REMINDER", `${at(14)}:00.000Z`],
      ]);

      expect((await cancelAppointment(clinicA.scope, ANY, { appointmentId: visit.value.id, version: moved.value.version, reason: "Unwell" })).ok).toBe(true);
      expect(await mailOf(visit.value.id)).toHaveLength(4);
    } finally {
      delete process.env.SMTP_URL;
    }
  });
});

describe("the Visits tab's past visits", () => {
  it("come a page at a time, latest first, with how many there are; a page past the last gives the last", async () => {
    const created = await createPatient(clinicA.scope, patientFields());
    if (!created.ok) throw new Error("patient not created");
    const patientId = created.value.id;
    const now = new Date();
    // 53 past visits, one a day before now, 45 minutes each.
    const starts = Array.from({ length: 53 }, (_, i) => new Date(now.getTime() - (i + 1) * DAY_MS));
    await testDb.appointment.createMany({
      data: starts.map((startsAt) => ({
        clinicId: clinicA.clinicId,
        patientId,
        clinicianId: clinicA.scope.actorId,
        bookedById: clinicA.scope.actorId,
        type: "TREATMENT" as const,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 45 * 60_000),
        requestId: randomUUID(),
      })),
    });
    const latestFirst = starts.map((start) => start.toISOString());

    const first = await listPatientVisits(clinicA.scope, patientId, now, 1);
    expect(first.past).toMatchObject({ total: 53, page: 1 });
    expect(first.past.visits.map((visit) => visit.startsAt)).toEqual(latestFirst.slice(0, 50));
    const second = await listPatientVisits(clinicA.scope, patientId, now, 2);
    expect(second.past).toMatchObject({ total: 53, page: 2 });
    expect(second.past.visits.map((visit) => visit.startsAt)).toEqual(latestFirst.slice(50));
    expect(await listPatientVisits(clinicA.scope, patientId, now, 9)).toEqual(second);

    expect(await listPatientVisits(clinicB.scope, patientId, now, 1)).toEqual({ upcoming: [], past: { visits: [], total: 0, page: 1 } });
  });
});

describe("the visits' SQL", () => {
  /** Visits as Prisma's relation loading read them before the reads became SQL (data.ts): the reference. */
  async function visitsThroughPrisma(where: { clinicianId?: string; patientId?: string; id?: string }) {
    const rows = await testDb.appointment.findMany({
      where: { clinicId: clinicA.clinicId, ...where },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        ...{ id: true, type: true, status: true, startsAt: true, endsAt: true, version: true, cancelReason: true, moveReason: true },
        patient: { select: { id: true, firstName: true, lastName: true } },
        clinician: { select: { id: true, name: true } },
      },
    });
    return rows.map(({ patient, startsAt, endsAt, ...row }) => ({
      ...row,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      patient: { id: patient.id, name: `${patient.firstName} ${patient.lastName}` },
    }));
  }

  it("reads the diary, a visit and the Visits tab as Prisma's relation loading did, moved and cancelled visits included", async () => {
    const moved = await booked({ start: at(3) });
    expect(await moveAppointment(clinicA.scope, OWN, { ...unchanged, appointmentId: moved.id, version: 1, start: at(4), minutes: 30, reason: "Later suits" })).toMatchObject({ ok: true });
    const cancelled = await booked({ start: at(5), type: "REVIEW" });
    expect(await cancelAppointment(clinicA.scope, OWN, { appointmentId: cancelled.id, version: 1, reason: "Unwell" })).toMatchObject({ ok: true });

    const everything = { from: new Date(Date.now() - 400 * DAY_MS), to: new Date(Date.now() + 400 * DAY_MS) };
    const diary = await listDiary(clinicA.scope, clinicA.scope.actorId, everything.from, everything.to);
    expect(diary.length).toBeGreaterThanOrEqual(2);
    expect(diary).toEqual(await visitsThroughPrisma({ clinicianId: clinicA.scope.actorId }));
    expect(diary.find((visit) => visit.id === moved.id)).toMatchObject({ moveReason: "Later suits", version: 2 });
    expect(diary.find((visit) => visit.id === cancelled.id)).toMatchObject({ status: "CANCELLED", cancelReason: "Unwell" });

    expect(await getAppointment(clinicA.scope, moved.id)).toEqual((await visitsThroughPrisma({ id: moved.id }))[0]);
    expect(await getAppointment(clinicA.scope, moved.id, clinicA.scope.actorId)).toEqual(await getAppointment(clinicA.scope, moved.id));
    const other = await createUser(testDb, { clinicId: clinicA.clinicId, email: `other-${randomUUID()}@test.example`, name: "Other Clinician", role: "CLINICIAN", passwordHash: "x" });
    expect(await getAppointment(clinicA.scope, moved.id, other.id)).toBeNull();
    expect(await getAppointment(clinicB.scope, moved.id)).toBeNull();

    const { upcoming } = await listPatientVisits(clinicA.scope, patientA, new Date(), 1);
    expect(upcoming).toEqual((await visitsThroughPrisma({ patientId: patientA })).filter((visit) => visit.startsAt >= new Date().toISOString()));
  });
});
