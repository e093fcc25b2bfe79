/**
 * Every server action of the build, called over HTTP by every kind of caller: signed out, a patient of
 * the owning clinic who does not own the record, a patient of the other clinic, the owning clinic's
 * clinician and admin, and the other clinic's clinician and admin. Each row names who owns the call;
 * every other caller must get the same NOT_FOUND answer (signed out: sent to sign in) and leave every
 * table as it was, and then the owner's call must succeed. A new action without a row fails the test.
 */
import { addDays } from "@/lib/core/calendar";
import { createCareScenario } from "@/prisma/care-factories";
import { hashForTests } from "@/prisma/factories";
import { createVisit } from "@/prisma/visit-factories";
import { ACCOUNTS } from "./fixtures/accounts";
import { builtActions, callAction, pageUrl, signedInRequest, type ActionAnswer, type BuiltAction } from "./fixtures/action-calls";
import { databaseSnapshot } from "./fixtures/database-snapshot";
import { clinicSettings, db, newUuid, NOT_FOUND, ROWS, today, u, type Caller, type Ids, type Row } from "./fixtures/action-matrix-rows";
import { expect, test } from "./fixtures/roles";

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
    Object.assign(clinicSettings, { name: settings.name, timeZone: settings.timeZone, assessmentMinutes: String(settings.assessmentMinutes), reviewMinutes: String(settings.reviewMinutes), telehealthMinutes: String(settings.telehealthMinutes) });
    ids.clinicVersion = String(settings.version);

    ids.startedAppointment = await insertStartedVisit(clinicA.id, clinician.id, owner.patientId);
    // A message that was never delivered: PENDING after its tries, with no job left (the e2e server sends no mail).
    ids.undeliveredMail = (
      await db.mailMessage.create({
        data: { clinicId: clinicA.id, idempotencyKey: `matrix:${u}`, kind: "LEFS_REQUEST", toAddress: ownerEmail, payload: {}, attempts: 25, lastError: "Error: ECONNREFUSED" },
        select: { id: true },
      })
    ).id;

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
