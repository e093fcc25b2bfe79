import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/core/calendar";
import { todayIsoDate } from "@/lib/core/dates";
import { createCareScenario, type CareScenario } from "@/prisma/care-factories";
import { countingDb } from "@/scripts/testing/counting-db";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { listCaseloadView } from "./data";
import { caseloadOf } from "./loaders";
import { storeCaseloadSummaries } from "./mutations";
import type { CaseloadParams } from "./params";
import { CASELOAD_RULES_VERSION } from "./rules-version";

// The dashboard keeps each episode's alerts between views (caseload_summary) and evaluates again only
// the episodes a trigger marked as changed. These tests hold the stored page equal to the page computed
// from scratch after every kind of change the rules read, through writes straight to the tables: the
// triggers, not the app's write paths, keep the summaries current.
vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));

const TODAY = todayIsoDate();
const params: CaseloadParams = { view: "mine", sort: "patient", dir: "asc", page: 1 };
const bridge = (reps = 10) => ({ exerciseCode: "EX25", sets: 4, reps, perWeek: 7 });
const daily = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ daysAgo: from + i, painDuring: 1 }));
const dateOf = (daysAgo: number) => new Date(`${addDays(TODAY, -daysAgo)}T00:00:00Z`);

let clinic: TestClinic;
const ids: Record<string, { patientId: string; episodeId: string }> = {};

/** A patient in prevention whose care goes to plan: no alert until a test changes something. */
async function add(lastName: string, overrides: Partial<CareScenario> = {}) {
  ids[lastName] = await createCareScenario(testDb, TODAY, {
    clinicId: clinic.clinicId,
    clinicianId: clinic.scope.actorId,
    patient: { firstName: "Test", lastName, recordNumber: `S-${randomUUID().slice(0, 8)}` },
    phase: "PREVENTION",
    onsetDaysAgo: 60,
    programs: [{ daysAgo: 40, items: [bridge()] }],
    logs: daily(0, 5),
    assessments: [{ daysAgo: 3, restPain: 1 }],
    ...overrides,
  });
}

const alertsOn = async (today = TODAY): Promise<Record<string, string[]>> =>
  Object.fromEntries((await caseloadOf(clinic.scope, params, today)).rows.map((row) => [row.patientName.split(",")[0], row.alerts.map((alert) => alert.kind)]));

/** The page as stored summaries give it, then as computed from scratch (every summary set aside): they must agree. */
async function storedAndFromScratch() {
  const stored = await caseloadOf(clinic.scope, params, TODAY);
  await testDb.$executeRaw`UPDATE caseload_summary SET rules_version = NULL WHERE clinic_id = ${clinic.clinicId}::uuid`;
  return { stored, fromScratch: await caseloadOf(clinic.scope, params, TODAY) };
}

async function statementsOfAView(today = TODAY) {
  countingDb.reset();
  await caseloadOf(clinic.scope, params, today);
  return countingDb.statements().length;
}

const logOf = async (name: string) => {
  const log = await testDb.exerciseLog.findFirstOrThrow({ where: { episodeId: ids[name]!.episodeId }, orderBy: { performedOn: "desc" } });
  return log;
};

beforeAll(async () => {
  clinic = await createTestClinic();
  await Promise.all(["Logs", "Mornings", "Assessed", "Cramps", "Programs", "Reasoned", "Library", "Raced"].map((name) => add(name)));
  await add("Remeasured", { assessments: [{ daysAgo: 20, restPain: 1 }, { daysAgo: 3, restPain: 1 }] });
}, 90_000);

describe("stored caseload alerts", () => {
  it("come back on the next view in two statements, the same page as before", async () => {
    const first = await caseloadOf(clinic.scope, params, TODAY);
    countingDb.reset();
    const again = await caseloadOf(clinic.scope, params, TODAY);
    // The episodes in the view with their stored alerts, and the unsigned visit notes: nothing evaluated.
    expect(countingDb.statements()).toHaveLength(2);
    expect(again).toEqual(first);
    expect(again.activeEpisodes).toBe(9);
  });

  it("are evaluated again on the clinic's next day, whose windows end later", async () => {
    expect(await statementsOfAView(TODAY)).toBe(2);
    expect(await statementsOfAView(addDays(TODAY, 1))).toBeGreaterThan(2);
    // Eight days on, the last logs (today) are a week old: every episode's stored summary was recomputed for that day.
    expect(Object.values(await alertsOn(addDays(TODAY, 8))).every((kinds) => kinds.includes("no-log"))).toBe(true);
  });

  it("follow every change to what the rules read, as the page computed from scratch does", async () => {
    const { Logs, Mornings, Assessed, Remeasured, Cramps, Programs, Reasoned } = ids as Record<string, { patientId: string; episodeId: string }>;
    expect(await alertsOn()).toEqual({});
    const lastLog = await logOf("Logs");

    // An exercise log (INSERT), a next-morning rating, a new assessment, a changed measurement, a cramp,
    // a program version and an item's reason (UPDATE), each written straight to its table.
    await testDb.exerciseLog.create({
      data: { ...Logs!, clinicId: clinic.clinicId, programId: lastLog.programId, programItemId: lastLog.programItemId, exerciseCode: "EX25", performedOn: dateOf(0), asPrescribed: true, painDuring: 8, idempotencyKey: randomUUID() },
    });
    await testDb.morningPain.create({ data: { ...Mornings!, clinicId: clinic.clinicId, sessionDate: dateOf(1), pain: 7, recordedAt: new Date() } });
    await testDb.assessment.create({
      data: { ...Assessed!, clinicId: clinic.clinicId, clinicianId: clinic.scope.actorId, assessedOn: dateOf(0), requestId: randomUUID(), measurements: { create: [{ measureCode: "nprs", side: "NONE", value: 3, context: "rest" }] } },
    });
    await testDb.$executeRaw`UPDATE measurement m SET value = 3 FROM assessment a
      WHERE m.assessment_id = a.id AND a.episode_id = ${Remeasured!.episodeId}::uuid AND a.assessed_on = ${addDays(TODAY, -3)}::date AND m.measure_code = 'nprs'`;
    await testDb.crampEntry.create({
      data: {
        ...Cramps!,
        clinicId: clinic.clinicId,
        onsetAt: new Date(),
        context: "NIGHT_SLEEP",
        muscleSite: "HAMSTRING_LATERAL",
        side: "RIGHT",
        durationSeconds: 90,
        severity: 6,
        stoppedActivity: false,
        reliefMethods: ["STATIC_STRETCH"],
        systemicSymptoms: false,
        idempotencyKey: randomUUID(),
      },
    });
    for (const episode of [Programs!, Reasoned!]) {
      await testDb.program.create({
        data: { clinicId: clinic.clinicId, episodeId: episode.episodeId, phase: "PREVENTION", version: 2, createdById: clinic.scope.actorId, items: { create: [{ position: 0, ...bridge(15) }] } },
      });
    }
    await testDb.$executeRaw`UPDATE program_item i SET load_change_reason = 'Pain-free for 2 weeks' FROM program p
      WHERE i.program_id = p.id AND p.episode_id = ${Reasoned!.episodeId}::uuid AND p.version = 2`;

    expect(await alertsOn()).toEqual({
      Logs: ["pain-during"],
      Mornings: ["morning-pain"],
      Assessed: ["rest-pain-rise"],
      Remeasured: ["rest-pain-rise"],
      Cramps: ["cramp-red-flag"],
      Programs: ["load-jump"],
    });
    const { stored, fromScratch } = await storedAndFromScratch();
    expect(stored).toEqual(fromScratch);
  });

  it("follow a deleted log and the clinic's own exercise library, which every episode's load rule reads", async () => {
    await alertsOn();
    await testDb.exerciseLog.deleteMany({ where: { episodeId: ids.Logs!.episodeId, painDuring: 8 } });
    expect((await alertsOn()).Logs).toBeUndefined();

    const activities = async () => (await listCaseloadView(clinic.scope, null, TODAY, CASELOAD_RULES_VERSION)).map((row) => BigInt(row.activity));
    const before = await activities();
    await testDb.clinicExercise.create({ data: clinicExercise(clinic.clinicId, clinic.scope.actorId) });
    const after = await activities();
    expect(after.every((activity, i) => activity > before[i]!)).toBe(true);
    const { stored, fromScratch } = await storedAndFromScratch();
    expect(stored).toEqual(fromScratch);
  });

  it("are not trusted when what they were computed from changed before they were stored", async () => {
    await alertsOn();
    const [listed] = (await listCaseloadView(clinic.scope, null, TODAY, CASELOAD_RULES_VERSION)).filter((row) => row.episodeId === ids.Raced!.episodeId);
    // A view read the episode, then a painful session was logged, then the view stored what it had found: no alert.
    const lastLog = await logOf("Raced");
    await testDb.exerciseLog.create({
      data: { ...ids.Raced!, clinicId: clinic.clinicId, programId: lastLog.programId, programItemId: lastLog.programItemId, exerciseCode: "EX25", performedOn: dateOf(0), asPrescribed: true, painDuring: 9, idempotencyKey: randomUUID() },
    });
    await storeCaseloadSummaries(clinic.scope, [{ episodeId: listed!.episodeId, activity: listed!.activity, alerts: [], lastLogOn: TODAY, lastAssessedOn: null }], TODAY, CASELOAD_RULES_VERSION);
    expect((await alertsOn()).Raced).toEqual(["pain-during"]);
  });

  it("belong to their clinic: another clinic's view neither reads nor stores them", async () => {
    const other = await createTestClinic();
    expect(await caseloadOf(other.scope, { ...params, view: "clinic" }, TODAY)).toMatchObject({ activeEpisodes: 0, rows: [] });
    const [listed] = await listCaseloadView(clinic.scope, null, TODAY, CASELOAD_RULES_VERSION);
    await storeCaseloadSummaries(other.scope, [{ episodeId: listed!.episodeId, activity: listed!.activity, alerts: [{ kind: "no-log", detail: "forged" }], lastLogOn: null, lastAssessedOn: null }], TODAY, CASELOAD_RULES_VERSION);
    const details = (await caseloadOf(clinic.scope, params, TODAY)).rows.flatMap((row) => row.alerts.map((alert) => alert.detail));
    expect(details).not.toContain("forged");
  });
});

/** The clinic's first exercise of its own (CX01), as an admin's form would add it. */
function clinicExercise(clinicId: string, createdById: string) {
  return {
    clinicId,
    number: 1,
    code: "CX01",
    name: "Test exercise",
    phases: ["PREVENTION" as const],
    kind: "exercise" as const,
    heavyOrLengthening: false,
    dosageText: "3 × 10",
    instructions: "Slowly.",
    source: "test",
    requestId: randomUUID(),
    createdById,
  };
}
