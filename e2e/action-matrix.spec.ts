/**
 * Every server action of the build, called over HTTP by every kind of caller: signed out, a patient of
 * the owning clinic who does not own the record, a patient of the other clinic, the owning clinic's
 * clinician and admin, and the other clinic's clinician and admin. Each row names who owns the call;
 * every other caller must get the same NOT_FOUND answer (signed out: sent to sign in) and leave every
 * table as it was, and then the owner's call must succeed. A new action without a row fails the test.
 */
import type { APIRequestContext } from "@playwright/test";
import { addDays } from "@/lib/core/calendar";
import { todayIsoDate } from "@/lib/core/dates";
import { ERROR_MESSAGES } from "@/lib/core/errors";
import { exerciseByCode } from "@/lib/exercises/library";
import { emptyAssessment } from "@/lib/assessments/schema";
import { itemFromLibrary, templateItemFromExercise, toItemFields, toTemplateItemFields } from "@/lib/programs/items";
import { createCareScenario } from "@/prisma/care-factories";
import { createPrismaClient, hashForTests } from "@/prisma/factories";
import { createVisit } from "@/prisma/visit-factories";
import { ACCOUNTS, unique } from "./fixtures/accounts";
import { clinicExerciseInput, crampInput, patientInput } from "./fixtures/action-inputs";
import { builtActions, callAction, pageUrl, signedInRequest, type ActionAnswer, type BuiltAction } from "./fixtures/action-calls";
import { databaseSnapshot } from "./fixtures/database-snapshot";
import { expect, test } from "./fixtures/roles";

type Role = "ADMIN" | "CLINICIAN" | "PATIENT";
type Caller = { name: string; role: Role | null; clinic: "A" | "B" | null; request: APIRequestContext };

/** Ids of the records the rows act on, filled in as the owners' calls create them. */
type Ids = Record<string, string>;

type Row = {
  /** The roles the action's permission grants. */
  roles: readonly Role[];
  /** Who succeeds: the owning clinic's clinician or admin, the owner patient; none for self and token actions. */
  owner: "clinician" | "admin" | "owner patient" | null;
  /** Whether the input names a record of the owner (a foreign caller with the permission must get NOT_FOUND), or only creates in the caller's own scope. */
  targetsOwner: boolean;
  input: (ids: Ids) => unknown;
  /** Keeps the ids the owner's call made. */
  keep?: (value: Record<string, unknown>, ids: Ids) => void | Promise<void>;
  /** A BIGINT id in the input: the owner also tries the ids around its own that belong to others. */
  bigintId?: { param: string; neighbours: (ids: Ids) => Promise<string[]> };
  /** Callers the row does not call and why (written into the test's title). */
  skip?: (caller: Caller) => boolean;
};

const NOT_FOUND = ERROR_MESSAGES.NOT_FOUND;
const STAFF: readonly Role[] = ["ADMIN", "CLINICIAN"];
const today = todayIsoDate();
const u = unique();
const password = { password: "Matrix-pass-1234", confirmPassword: "Matrix-pass-1234" };
const newUuid = () => crypto.randomUUID();

const patientFields = (lastName: string) => patientInput(lastName, `MX-${u}`);
const emptyNote = { subjective: "", objective: "", assessment: "", plan: "", assessmentId: "", programId: "" };

const db = createPrismaClient();
/** The owning clinic's settings as its settings form holds them (read in beforeAll). */
let clinicSettings: Record<string, string> = {};

const ROWS: Record<string, Row> = {
  "lib/patients/actions.ts#createPatientAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: false,
    input: () => patientFields(`Created${u}`),
    keep: (value, ids) => void (ids.newPatient = String(value.id)),
  },
  "lib/patients/actions.ts#updatePatientAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ ...patientFields(`Edited${u}`), id: ids.newPatient, version: 1 }),
  },
  "lib/invitations/actions.ts#invitePatientAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ patientId: ids.newPatient, email: `matrix.${u.toLowerCase()}@patient.example` }),
  },
  "lib/invitations/actions.ts#revokePortalAccessAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ patientId: ids.newPatient }),
  },
  "lib/invitations/actions.ts#issuePatientPasswordResetAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ patientId: ids.ownerPatient }),
  },
  "lib/episodes/actions.ts#openEpisodeAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({
      patientId: ids.newPatient,
      requestId: newUuid(),
      diagnosis: "Left hamstring strain",
      icd10Code: "",
      side: "LEFT",
      onsetDate: addDays(today, -10),
      mechanism: "SPRINTING",
      clinicianId: ids.clinician,
    }),
    keep: (value, ids) => void (ids.newEpisode = String(value.id)),
  },
  "lib/programs/actions.ts#saveProgramAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ episodeId: ids.newEpisode, baseVersion: 0, note: "", items: [toItemFields(itemFromLibrary("EX03"))] }),
  },
  "lib/episodes/actions.ts#changePhaseAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ episodeId: ids.newEpisode, version: 1, direction: "advance", reason: "Matrix: moving on against the gate" }),
  },
  "lib/episodes/actions.ts#setEpisodeStatusAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ episodeId: ids.newEpisode, version: 2, status: "ON_HOLD" }),
  },
  "lib/assessments/actions.ts#createAssessmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ ...emptyAssessment(ids.clinician!, today), bodyMassKg: "70", patientId: ids.newPatient, requestId: newUuid() }),
    keep: (value, ids) => void (ids.assessment = String(value.id)),
  },
  "lib/assessments/actions.ts#updateAssessmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ ...emptyAssessment(ids.clinician!, today), bodyMassKg: "71", id: ids.assessment, version: 1 }),
  },
  "lib/lefs/actions.ts#requestLefsAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ patientId: ids.ownerPatient }),
    keep: (value, ids) => void (ids.questionnaire = String(value.id)),
  },
  "lib/patients/actions.ts#setPatientArchivedAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ id: ids.newPatient, archived: true }),
  },
  "lib/exercises/actions.ts#createClinicExerciseAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: false,
    input: () => ({ ...clinicExerciseInput(`Matrix curl ${u}`), requestId: newUuid() }),
    keep: (value, ids) => void (ids.clinicExercise = String(value.id)),
  },
  "lib/exercises/actions.ts#updateClinicExerciseAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: true,
    input: (ids) => ({ ...clinicExerciseInput(`Matrix curl edited ${u}`), id: ids.clinicExercise, version: 1 }),
  },
  "lib/exercises/actions.ts#setClinicExerciseArchivedAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: true,
    input: (ids) => ({ id: ids.clinicExercise, archived: true }),
  },
  "lib/programs/actions.ts#createTemplateAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: false,
    input: () => ({ name: `Matrix template ${u}`, phase: "ACUTE", description: "", items: [toTemplateItemFields(templateItemFromExercise(exerciseByCode("EX03")!))] }),
  },
  "lib/staff/actions.ts#inviteStaffAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: false,
    input: () => ({ name: "Matrix Clinician", email: `matrix.${u.toLowerCase()}@northside.example`, role: "CLINICIAN" }),
    // The action answers with the link, not the account: the account is found by its e-mail.
    keep: async (value, ids) => {
      ids.staff = (await db.user.findUniqueOrThrow({ where: { email: String(value.email) }, select: { id: true } })).id;
    },
  },
  "lib/staff/actions.ts#issueStaffLinkAction": { roles: ["ADMIN"], owner: "admin", targetsOwner: true, input: (ids) => ({ userId: ids.staff }) },
  "lib/staff/actions.ts#changeStaffRoleAction": { roles: ["ADMIN"], owner: "admin", targetsOwner: true, input: (ids) => ({ userId: ids.staff, role: "ADMIN" }) },
  "lib/staff/actions.ts#deactivateStaffAction": { roles: ["ADMIN"], owner: "admin", targetsOwner: true, input: (ids) => ({ userId: ids.staff }) },
  "lib/staff/actions.ts#reactivateStaffAction": { roles: ["ADMIN"], owner: "admin", targetsOwner: true, input: (ids) => ({ userId: ids.staff }) },
  "lib/api-keys/actions.ts#createApiKeyAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: false,
    input: () => ({ name: `Matrix key ${u}` }),
    keep: (value, ids) => void (ids.apiKey = String(value.id)),
  },
  "lib/api-keys/actions.ts#revokeApiKeyAction": { roles: ["ADMIN"], owner: "admin", targetsOwner: true, input: (ids) => ({ apiKeyId: ids.apiKey }) },
  // Acts on the caller's own clinic only (the input names none): another clinic's admin would change their own.
  // The owner changes only the treatment length, which nothing else in the suite reads; the zone stays UTC.
  "lib/clinics/actions.ts#updateClinicSettingsAction": {
    roles: ["ADMIN"],
    owner: "admin",
    targetsOwner: false,
    input: (ids) => ({ ...clinicSettings, treatmentMinutes: "50", version: Number(ids.clinicVersion) }),
  },
  // Visits of the clinician's own diary with the owner patient, far ahead so no other spec's slot is near;
  // the mark acts on a visit that started ten minutes ago, inserted in beforeAll.
  "lib/appointments/actions.ts#bookAppointmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ patientId: ids.ownerPatient, clinicianId: ids.clinician, type: "TREATMENT", start: `${addDays(today, 400)}T05:00`, minutes: "30", episodeId: "", requestId: newUuid() }),
    keep: (value, ids) => void (ids.appointment = String(value.id)),
  },
  "lib/appointments/actions.ts#moveAppointmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ appointmentId: ids.appointment, version: 1, start: `${addDays(today, 400)}T05:30`, minutes: "30", reason: "Matrix: the patient asked" }),
  },
  "lib/appointments/actions.ts#cancelAppointmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ appointmentId: ids.appointment, version: 2, reason: "Matrix: unwell" }),
  },
  "lib/appointments/actions.ts#markAppointmentAction": {
    roles: STAFF,
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ appointmentId: ids.startedAppointment, version: 1, outcome: "ATTENDED" }),
  },
  // Visit notes: clinicians only (admins read them), on an attended visit of the owner patient made in beforeAll.
  "lib/visit-notes/actions.ts#createVisitNoteAction": {
    roles: ["CLINICIAN"],
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ ...emptyNote, subjective: "Matrix note", patientId: ids.ownerPatient, appointmentId: ids.ownerVisit, requestId: newUuid() }),
    keep: (value, ids) => void (ids.visitNote = String(value.id)),
  },
  "lib/visit-notes/actions.ts#updateVisitNoteAction": {
    roles: ["CLINICIAN"],
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ ...emptyNote, subjective: "Matrix note, edited", noteId: ids.visitNote, version: 1 }),
  },
  "lib/visit-notes/actions.ts#signVisitNoteAction": { roles: ["CLINICIAN"], owner: "clinician", targetsOwner: true, input: (ids) => ({ noteId: ids.visitNote, version: 2 }) },
  "lib/visit-notes/actions.ts#addVisitNoteAddendumAction": {
    roles: ["CLINICIAN"],
    owner: "clinician",
    targetsOwner: true,
    input: (ids) => ({ noteId: ids.visitNote, requestId: newUuid(), text: "Matrix addendum" }),
  },
  "lib/portal/actions.ts#logExerciseAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: true,
    input: (ids) => ({ programItemId: ids.programItem, idempotencyKey: newUuid(), performedOn: today }),
    keep: (value, ids) => void (ids.log = String(value.id)),
    bigintId: {
      param: "programItemId",
      neighbours: async (ids) =>
        (
          await db.$queryRaw<{ id: bigint }[]>`SELECT id FROM program_item WHERE id BETWEEN ${BigInt(ids.programItem!) - 50n} AND ${BigInt(ids.programItem!) + 50n}
            AND program_id NOT IN (SELECT id FROM program WHERE episode_id = ${ids.ownerEpisode}::uuid) ORDER BY id`
        ).map((row) => String(row.id)),
    },
  },
  "lib/portal/actions.ts#correctLogAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: true,
    input: (ids) => ({ logId: ids.log, version: 1, painDuring: 2 }),
  },
  "lib/lefs/actions.ts#answerLefsAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: true,
    input: (ids) => ({ questionnaireId: ids.questionnaire, item: 1, score: 3 }),
  },
  // The next two act on the caller's own record only: another patient's call would be their own, not this one's.
  "lib/portal/actions.ts#recordMorningPainAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: false,
    input: () => ({ sessionDate: addDays(today, -1), pain: 1 }),
  },
  "lib/cramps/actions.ts#logCrampAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: false,
    input: crampInput,
  },
  "lib/mail/actions.ts#setExerciseReminderAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: false,
    input: () => ({ enabled: true, hour: "7", timeZone: "Europe/London", version: 0 }),
  },
  "lib/mail/actions.ts#setVisitRemindersAction": {
    roles: ["PATIENT"],
    owner: "owner patient",
    targetsOwner: false,
    input: () => ({ enabled: false, version: 0 }),
  },
  // Self actions: a wrong current password is refused for everyone; the successful change is account.spec's.
  "lib/accounts/actions.ts#changePasswordAction": {
    roles: ["ADMIN", "CLINICIAN", "PATIENT"],
    owner: null,
    targetsOwner: true,
    input: () => ({ currentPassword: "not-the-password-1", newPassword: "Another-long-pass-1", confirmPassword: "Another-long-pass-1" }),
  },
  // Signing out ends only the caller's own sessions; signed-in callers are left to account.spec, which owns its own sessions.
  "lib/core/auth/actions.ts#signOutAction": { roles: [], owner: null, targetsOwner: true, input: () => undefined, skip: (caller) => caller.role !== null },
  "lib/core/auth/actions.ts#signOutEverywhereAction": { roles: [], owner: null, targetsOwner: true, input: () => undefined, skip: (caller) => caller.role !== null },
  // Token actions: the link is the credential, so every caller with a link that was never issued gets the same refusal.
  "lib/accounts/actions.ts#setPasswordWithLinkAction": { roles: [], owner: null, targetsOwner: true, input: () => ({ token: "A".repeat(43), ...password }) },
  "lib/invitations/actions.ts#acceptInvitationAction": { roles: [], owner: null, targetsOwner: true, input: () => ({ token: "A".repeat(43), ...password }) },
};

/**
 * A booked visit of the clinician that started a few minutes ago, so it can be marked: the latest free
 * 5-minute slot before now (seeded past visits of the clinician take theirs).
 */
async function insertStartedVisit(clinicId: string, clinicianId: string, patientId: string): Promise<string> {
  const slot = 5 * 60_000;
  for (let startsAt = Math.floor(Date.now() / slot) * slot - slot; ; startsAt -= slot) {
    const range = { startsAt: new Date(startsAt), endsAt: new Date(startsAt + slot) };
    const taken = await db.appointment.count({ where: { clinicianId, status: { not: "CANCELLED" }, startsAt: { lt: range.endsAt }, endsAt: { gt: range.startsAt } } });
    if (taken) continue;
    const visit = await db.appointment.create({ data: { clinicId, patientId, clinicianId, bookedById: clinicianId, type: "REVIEW", ...range, requestId: newUuid() }, select: { id: true } });
    return visit.id;
  }
}

test.describe.configure({ mode: "serial" });

test.describe("action matrix", () => {
  const actions = builtActions();
  const ids: Ids = {};
  let callers: Caller[] = [];
  let calls = 0;
  const owners: Record<NonNullable<Row["owner"]>, Caller | undefined> = { clinician: undefined, admin: undefined, "owner patient": undefined };

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const clinicA = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
    const clinician = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.northsideClinician.email }, select: { id: true } });
    const ownerEmail = `matrix.owner.${u.toLowerCase()}@patient.example`;
    const owner = await createCareScenario(db, today, {
      clinicId: clinicA.id,
      clinicianId: clinician.id,
      patient: { firstName: "Owner", lastName: `Matrix${u}`, recordNumber: `MO-${u}` },
      portalAccount: { email: ownerEmail, passwordHash: await hashForTests() },
      phase: "SUBACUTE",
      onsetDaysAgo: 20,
      programs: [{ daysAgo: 5, items: [{ exerciseCode: "EX03", sets: 5, holdSeconds: 10, perWeek: 7 }] }],
      logs: [{ daysAgo: 1 }],
    });
    const item = await db.programItem.findFirstOrThrow({ where: { program: { episodeId: owner.episodeId } }, select: { id: true } });
    Object.assign(ids, { clinician: clinician.id, ownerPatient: owner.patientId, ownerEpisode: owner.episodeId, programItem: String(item.id) });
    // Early on yesterday, a 5-minute slot no other test books for this clinician.
    const visitStart = new Date(`${addDays(today, -1)}T06:00:00Z`);
    visitStart.setUTCMinutes(5 * Math.floor(Math.random() * 24));
    ids.ownerVisit = (await createVisit(db, { clinicId: clinicA.id, patientId: owner.patientId, clinicianId: clinician.id, episodeId: owner.episodeId, startsAt: visitStart, minutes: 5 })).appointmentId;
    const settings = await db.clinic.findUniqueOrThrow({ where: { id: clinicA.id }, select: { name: true, timeZone: true, assessmentMinutes: true, reviewMinutes: true, telehealthMinutes: true, version: true } });
    clinicSettings = { name: settings.name, timeZone: settings.timeZone, assessmentMinutes: String(settings.assessmentMinutes), reviewMinutes: String(settings.reviewMinutes), telehealthMinutes: String(settings.telehealthMinutes) };
    ids.clinicVersion = String(settings.version);

    ids.startedAppointment = await insertStartedVisit(clinicA.id, clinician.id, owner.patientId);

    const signIn = (email: string) => signedInRequest(playwright.request, baseURL!, email);
    callers = [
      { name: "signed out", role: null, clinic: null, request: await playwright.request.newContext({ baseURL }) },
      { name: "another patient of the clinic", role: "PATIENT", clinic: "A", request: await signIn(ACCOUNTS.northsidePatient.email) },
      { name: "a patient of the other clinic", role: "PATIENT", clinic: "B", request: await signIn(ACCOUNTS.harbourPatient.email) },
      { name: "clinician", role: "CLINICIAN", clinic: "A", request: await signIn(ACCOUNTS.northsideClinician.email) },
      { name: "admin", role: "ADMIN", clinic: "A", request: await signIn(ACCOUNTS.northsideAdmin.email) },
      { name: "the other clinic's clinician", role: "CLINICIAN", clinic: "B", request: await signIn(ACCOUNTS.harbourClinician.email) },
      { name: "the other clinic's admin", role: "ADMIN", clinic: "B", request: await signIn("admin@harbour.example") },
      { name: "owner patient", role: "PATIENT", clinic: "A", request: await signIn(ownerEmail) },
    ];
    owners.clinician = callers.find((caller) => caller.name === "clinician");
    owners.admin = callers.find((caller) => caller.name === "admin");
    owners["owner patient"] = callers.find((caller) => caller.name === "owner patient");
  });

  test.afterAll(async () => {
    console.log(`action matrix: ${actions.length} actions × ${callers.length} callers, ${calls} calls`);
    await Promise.all(callers.map((caller) => caller.request.dispose()));
    await db.$disconnect();
  });

  test("has a row for every server action of the build, and no row for an action that is gone", () => {
    expect(actions.map((action) => action.key).toSorted()).toEqual(Object.keys(ROWS).toSorted());
  });

  /** Whether a caller that is not the row's owner is called, and what it must answer. */
  function expectedRefusal(row: Row, caller: Caller, owner: Caller | undefined): "sign-in" | "not-found" | "same-refusal" | null {
    if (caller === owner || row.skip?.(caller)) return null;
    if (caller.role === null) return row.owner === null && row.roles.length === 0 ? "same-refusal" : "sign-in";
    if (row.owner === null) return "same-refusal";
    if (!row.roles.includes(caller.role)) return "not-found";
    // Permitted by role: in the owning clinic it would succeed like the owner (one success per row is enough);
    // elsewhere it must not reach the owner's record, and a create only makes the caller's own.
    const sameScope = caller.role === "PATIENT" ? false : caller.clinic === "A";
    if (sameScope) return null;
    return row.targetsOwner ? "not-found" : null;
  }

  const ACTION_KEYS = Object.keys(ROWS);
  for (const key of ACTION_KEYS) {
    test(key, async () => {
      const row = ROWS[key]!;
      const action = actions.find((candidate) => candidate.key === key);
      test.skip(!action, "not in this build (the row test above fails for it)");
      const owner = row.owner ? owners[row.owner] : undefined;
      const url = (built: BuiltAction) => pageUrl(built.pages[0]!, { patientId: ids.newPatient ?? ids.ownerPatient!, episodeId: ids.newEpisode ?? ids.ownerEpisode!, token: "A".repeat(43) });

      const before = await databaseSnapshot();
      const answers: { caller: string; expected: string; answer: ActionAnswer }[] = [];
      for (const caller of callers) {
        const expected = expectedRefusal(row, caller, owner);
        if (expected) answers.push({ caller: caller.name, expected, answer: await callAction(caller.request, url(action!), action!.id, row.input(ids)) });
      }
      if (row.bigintId && owner) {
        for (const neighbour of await row.bigintId.neighbours(ids)) {
          const input = { ...(row.input(ids) as object), [row.bigintId.param]: neighbour };
          answers.push({ caller: `owner with ${row.bigintId.param} ${neighbour}`, expected: "not-found", answer: await callAction(owner.request, url(action!), action!.id, input) });
        }
      }

      calls += answers.length + (owner ? 1 : 0);
      for (const { caller, expected, answer } of answers) {
        if (expected === "sign-in") {
          expect.soft(answer.location ?? answer.result?.serverError, `${caller} is sent to sign in`).toMatch(/\/login|Sign in again/);
        } else if (expected === "not-found") {
          expect.soft(answer.result, `${caller} gets NOT_FOUND`).toEqual({ serverError: NOT_FOUND });
        }
      }
      const refusals = answers.filter((entry) => entry.expected === "same-refusal").map((entry) => JSON.stringify(entry.answer.result));
      expect.soft(new Set(refusals).size, `every caller gets the same refusal: ${refusals.join(" | ")}`).toBeLessThanOrEqual(1);
      expect(await databaseSnapshot(), "a refused call changes no table").toEqual(before);

      if (owner) {
        const answer = await callAction(owner.request, url(action!), action!.id, row.input(ids));
        // Success is data without an error; a MutationResult says so itself (ok: true).
        const data = answer.result?.data as { ok?: boolean; value?: Record<string, unknown> } | undefined;
        expect(data && data.ok !== false && Object.keys(answer.result!).length === 1, `the owner (${owner.name}) succeeds: ${JSON.stringify(answer.result)}`).toBe(true);
        await row.keep?.(data!.value!, ids);
      }
    });
  }
});
