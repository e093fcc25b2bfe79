import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as session from "@/lib/core/auth/session";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { loadProgress } from "./loaders";
import { DEFAULT_PROGRESS_PARAMS } from "./schema";

// The loader is tested as the page calls it; only "who is signed in" is stood in for, since there is no
// request here. Everything else — the patient check, the queries, the aggregation — runs for real.
vi.mock("@/lib/core/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof session>()),
  requireClinicScope: vi.fn(),
}));

type Clinic = TestClinic;
let clinicA: Clinic;
let clinicB: Clinic;
let patientId: string;
let episodeId: string;
let otherPatientsEpisodeId: string;

// Sunday 15 November 2026 ends the second of two Monday–Sunday weeks.
const TODAY = "2026-11-15";
const date = (day: string) => new Date(`${day}T00:00:00Z`);
const signInAs = (scope: ClinicScope) =>
  vi.mocked(requireClinicScope).mockResolvedValue({ viewer: { id: scope.actorId, name: "Test", role: "CLINICIAN", clinicId: scope.clinicId, patientId: null, clinicTimeZone: "UTC" }, scope });

async function newPatient(clinic: Clinic) {
  const created = await createPatient(clinic.scope, patientFields({ sex: "FEMALE" }));
  if (!created.ok) throw new Error("patient not created");
  return created.value.id;
}

async function createEpisode(clinic: Clinic, patient: string) {
  const owner = { clinicId: clinic.clinicId, patientId: patient };
  const actor = clinic.scope.actorId;
  const episode = await testDb.episode.create({
    data: {
      ...owner,
      clinicianId: actor,
      diagnosis: "Right hamstring strain",
      side: "RIGHT",
      onsetDate: date("2026-11-02"),
      mechanism: "SPRINTING",
      phase: "SUBACUTE",
      requestId: randomUUID(),
      phaseChanges: {
        create: [
          { toPhase: "ACUTE", changedById: actor, changedAt: new Date("2026-11-02T09:00:00Z") },
          { fromPhase: "ACUTE", toPhase: "SUBACUTE", changedById: actor, changedAt: new Date("2026-11-06T09:00:00Z") },
        ],
      },
      // On hold Thursday and Friday of the second week: nothing is prescribed those days.
      statusChanges: {
        create: [
          { fromStatus: "ACTIVE", toStatus: "ON_HOLD", changedById: actor, changedAt: new Date("2026-11-12T08:00:00Z") },
          { fromStatus: "ON_HOLD", toStatus: "ACTIVE", changedById: actor, changedAt: new Date("2026-11-14T08:00:00Z") },
        ],
      },
    },
    select: { id: true },
  });
  const program = (version: number, createdOn: string, items: { exerciseCode: string; perWeek: number | null; perDay: number | null }[]) =>
    testDb.program.create({
      data: {
        clinicId: clinic.clinicId,
        episodeId: episode.id,
        phase: version === 1 ? "ACUTE" : "SUBACUTE",
        version,
        createdById: actor,
        createdAt: new Date(`${createdOn}T10:00:00Z`),
        items: { create: items.map((item, position) => ({ ...item, position })) },
      },
      select: { id: true, items: { select: { id: true, exerciseCode: true } } },
    });
  return { id: episode.id, owner: { ...owner, episodeId: episode.id }, program };
}

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
  patientId = await newPatient(clinicA);
  const { id, owner, program } = await createEpisode(clinicA, patientId);
  episodeId = id;

  // Version 1 (week of 2 Nov): one daily exercise. Version 2 (from 9 Nov): 3 a week, and one twice a day.
  const v1 = await program(1, "2026-11-02", [{ exerciseCode: "EX02", perWeek: 7, perDay: null }]);
  const v2 = await program(2, "2026-11-09", [
    { exerciseCode: "EX31", perWeek: 3, perDay: null },
    { exerciseCode: "EX14", perWeek: null, perDay: 2 },
  ]);
  const [daily] = v1.items;
  const [threeAWeek, twiceADay] = v2.items;
  const log = (programId: string, item: { id: bigint; exerciseCode: string }, day: string, painDuring: number | null = null) => ({
    ...owner,
    programId,
    programItemId: item.id,
    exerciseCode: item.exerciseCode,
    performedOn: date(day),
    asPrescribed: true,
    painDuring,
    idempotencyKey: randomUUID(),
  });
  await testDb.exerciseLog.createMany({
    data: [
      // Week 1: 5 of 7 daily sessions; pain 2, 3, 4, (none), 1 → mean 2.5.
      log(v1.id, daily!, "2026-11-02", 2),
      log(v1.id, daily!, "2026-11-03", 3),
      log(v1.id, daily!, "2026-11-04", 4),
      log(v1.id, daily!, "2026-11-05"),
      log(v1.id, daily!, "2026-11-06", 1),
      // Week 2: 2 of the 3-a-week; twice-a-day 2 + 1 + (3 logged, 2 count) = 5; the old version's exercise, no longer prescribed, counts nothing.
      log(v2.id, threeAWeek!, "2026-11-09"),
      log(v2.id, threeAWeek!, "2026-11-11"),
      log(v2.id, twiceADay!, "2026-11-09"),
      log(v2.id, twiceADay!, "2026-11-09"),
      log(v2.id, twiceADay!, "2026-11-10"),
      log(v2.id, twiceADay!, "2026-11-14"),
      log(v2.id, twiceADay!, "2026-11-14"),
      log(v2.id, twiceADay!, "2026-11-14"),
      log(v1.id, daily!, "2026-11-10", 6),
    ],
  });
  await testDb.morningPain.createMany({
    data: [
      { ...owner, sessionDate: date("2026-11-02"), pain: 3 },
      { ...owner, sessionDate: date("2026-11-03"), pain: 4 },
      { ...owner, sessionDate: date("2026-11-09"), pain: 2 },
    ],
  });
  const cramp = (onsetAt: string, context: "NIGHT_SLEEP" | "DURING_EXERCISE" | "POST_EXERCISE") => ({
    ...owner,
    onsetAt: new Date(onsetAt),
    context,
    muscleSite: "CALF" as const,
    side: "RIGHT" as const,
    durationSeconds: 60,
    severity: 4,
    stoppedActivity: false,
    systemicSymptoms: false,
    idempotencyKey: randomUUID(),
  });
  await testDb.crampEntry.createMany({
    data: [
      cramp("2026-11-04T02:00:00Z", "NIGHT_SLEEP"),
      cramp("2026-11-05T03:00:00Z", "NIGHT_SLEEP"),
      cramp("2026-11-06T18:00:00Z", "DURING_EXERCISE"),
      cramp("2026-11-10T19:00:00Z", "POST_EXERCISE"),
    ],
  });
  const lefs = (completedOn: string | null, total: number | null) => ({
    ...owner,
    requestedById: clinicA.scope.actorId,
    requestedAt: date("2026-11-02"),
    completedAt: completedOn ? new Date(`${completedOn}T19:00:00Z`) : null,
    total,
  });
  await testDb.lefsQuestionnaire.createMany({ data: [lefs("2026-11-03", 40), lefs("2026-11-10", 49), lefs(null, null)] });
  const assessment = (day: string, right: number) =>
    testDb.assessment.create({
      data: {
        clinicId: clinicA.clinicId,
        patientId,
        episodeId,
        clinicianId: clinicA.scope.actorId,
        assessedOn: date(day),
        requestId: randomUUID(),
        measurements: { create: [{ measureCode: "ake-knee-flex-angle", side: "RIGHT", value: right, method: "goniometer" }] },
      },
    });
  await assessment("2026-11-03", 41);
  await assessment("2026-11-10", 33);

  const otherPatient = await newPatient(clinicA);
  otherPatientsEpisodeId = (await createEpisode(clinicA, otherPatient)).id;
});

beforeEach(() => {
  signInAs(clinicA.scope);
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("loadProgress", () => {
  it("counts weekly adherence from the versions in force, skipping days on hold", async () => {
    const view = await loadProgress(patientId, DEFAULT_PROGRESS_PARAMS, TODAY);
    expect(view.window).toEqual({ from: "2026-11-02", to: TODAY });
    expect(view.weeks.map(({ weekStart, done, prescribed, adherence }) => ({ weekStart, done, prescribed, adherence }))).toEqual([
      { weekStart: "2026-11-02", done: 5, prescribed: 7, adherence: 71 },
      // 5 counted days (Mon–Wed, Sat, Sun; on hold Thu–Fri): the 3-a-week item is due Mon and Wed (its
      // Friday is on hold) and the twice-a-day one 2 × 5 = 12 due; 2 + 5 done → 58 %.
      { weekStart: "2026-11-09", done: 7, prescribed: 12, adherence: 58 },
    ]);
  });

  it("averages pain during exercise and next-morning pain per week", async () => {
    const view = await loadProgress(patientId, DEFAULT_PROGRESS_PARAMS, TODAY);
    expect(view.weeks.map((week) => [week.painDuring, week.painDuringCount, week.morningPain, week.morningPainCount])).toEqual([
      [2.5, 4, 3.5, 2],
      [6, 1, 2, 1],
    ]);
    expect(view.tables.weeks.rows[0]).toEqual(["2 Nov 2026", "5", "7", "71 %", "2.5 (4 ratings)", "3.5 (2 ratings)"]);
  });

  it("counts cramps per week by context and LEFS changes against the 9-point MCID", async () => {
    const view = await loadProgress(patientId, DEFAULT_PROGRESS_PARAMS, TODAY);
    expect(view.cramps.contexts).toEqual(["NIGHT_SLEEP", "DURING_EXERCISE", "POST_EXERCISE"]);
    expect(view.tables.cramps.rows).toEqual([
      ["2 Nov 2026", "2", "1", "0", "3"],
      ["9 Nov 2026", "0", "0", "1", "1"],
    ]);
    expect(view.lefs.points.map((point) => [point.date, point.total, point.change, point.meaningful])).toEqual([
      ["2026-11-03", 40, null, false],
      ["2026-11-10", 49, 9, true],
    ]);
  });

  it("draws the timeline and judges an 8° AKE change from an acute-phase baseline by the acute-injury MDC (15° [S2]): not real", async () => {
    const view = await loadProgress(patientId, DEFAULT_PROGRESS_PARAMS, TODAY);
    expect(view.timeline.bands).toEqual([
      { phase: "ACUTE", from: "2026-11-02", to: "2026-11-06" },
      { phase: "SUBACUTE", from: "2026-11-06", to: "2026-11-16" },
    ]);
    expect(view.timeline.programVersions.map((program) => [program.version, program.createdOn])).toEqual([
      [1, "2026-11-02"],
      [2, "2026-11-09"],
    ]);
    expect(view.tables.measure.rows).toEqual([
      ["3 Nov 2026", "Right", "41°", "—", "—", "Yes"],
      ["10 Nov 2026", "Right", "33°", "−8°", "No", "Yes"],
    ]);
  });

  it("narrows every series to the chosen range", async () => {
    // Sunday 6 December: the last 4 weeks start on Monday 9 November.
    const view = await loadProgress(patientId, { ...DEFAULT_PROGRESS_PARAMS, range: "4w" }, "2026-12-06");
    expect(view.window).toEqual({ from: "2026-11-09", to: "2026-12-06" });
    expect(view.weeks.map((week) => [week.weekStart, week.adherence])).toEqual([
      ["2026-11-09", 58],
      ["2026-11-16", 0],
      ["2026-11-23", 0],
      ["2026-11-30", 0],
    ]);
    expect(view.lefs.points.map((point) => point.total)).toEqual([49]);
    expect(view.cramps.weeks.map((week) => week.total)).toEqual([1, 0, 0, 0]);
  });

  it("answers 404 to another clinic, and for an episode that is not this patient's", async () => {
    signInAs(clinicB.scope);
    await expect(loadProgress(patientId, DEFAULT_PROGRESS_PARAMS, TODAY)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    signInAs(clinicA.scope);
    await expect(loadProgress(patientId, { ...DEFAULT_PROGRESS_PARAMS, episode: otherPatientsEpisodeId }, TODAY)).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
    expect((await loadProgress(patientId, { ...DEFAULT_PROGRESS_PARAMS, episode: episodeId }, TODAY)).episode?.id).toBe(episodeId);
  });
});
