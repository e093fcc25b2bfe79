import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { todayIsoDate } from "@/lib/core/dates";
import { gateEvaluationsOf } from "@/lib/episodes/gate-evaluations";
import { exerciseByCode } from "@/lib/exercises/library";
import { createCareScenario, type CareScenario } from "@/prisma/care-factories";
import { createUser } from "@/prisma/factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { countingDb } from "@/scripts/testing/counting-db";
import { caseloadOf } from "./loaders";
import type { CaseloadParams } from "./params";

// The app's own client, on the real test database, counting the SQL statements it sends.
vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));

type Clinic = TestClinic;

const TODAY = todayIsoDate();
const mine: CaseloadParams = { view: "mine", sort: "patient", dir: "asc", page: 1 };
const wholeClinic: CaseloadParams = { ...mine, view: "clinic" };

const bridge = (reps = 10) => ({ exerciseCode: "EX25", sets: 4, reps, perWeek: 7 });
const days = (from: number, to: number, painDuring: number | null = 1) => Array.from({ length: to - from + 1 }, (_, i) => ({ daysAgo: from + i, painDuring }));

/** A patient whose care goes to plan; each scenario changes one thing. */
function scenario(clinic: Clinic, lastName: string, overrides: Partial<CareScenario> = {}): CareScenario {
  return {
    clinicId: clinic.clinicId,
    clinicianId: clinic.scope.actorId,
    patient: { firstName: "Test", lastName, recordNumber: `C-${randomUUID().slice(0, 8)}` },
    phase: "PREVENTION",
    onsetDaysAgo: 60,
    programs: [{ daysAgo: 40, items: [bridge()] }],
    logs: days(0, 5),
    assessments: [{ daysAgo: 3, restPain: 1 }],
    ...overrides,
  };
}

let clinicA: Clinic;
let clinicB: Clinic;
const episodes: Record<string, string> = {};

async function add(clinic: Clinic, lastName: string, overrides: Partial<CareScenario> = {}) {
  const { episodeId } = await createCareScenario(testDb, TODAY, scenario(clinic, lastName, overrides));
  episodes[lastName] = episodeId;
  return episodeId;
}

const alertsByPatient = async (params: CaseloadParams, clinic = clinicA) =>
  Object.fromEntries((await caseloadOf(clinic.scope, params, TODAY)).rows.map((row) => [row.patientName, row.alerts.map((alert) => alert.kind)]));

// Building a few dozen patients in care takes a while on a busy machine.
const SETUP_TIMEOUT_MS = 90_000;

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
  const colleague = await createUser(testDb, { clinicId: clinicA.clinicId, email: `colleague-${randomUUID()}@test.example`, name: "Colleague", role: "CLINICIAN", passwordHash: "x" });
  await Promise.all([
    add(clinicA, "Quiet"),
    add(clinicA, "Severe", {
      phase: "SUBACUTE",
      logs: [...days(2, 6), { daysAgo: 1, painDuring: 8 }],
      assessments: [{ daysAgo: 10, restPain: 3 }],
    }),
    add(clinicA, "Morning", { morningPains: [{ daysAgo: 2, pain: 7 }] }),
    // Next-morning pain back at the rest rating before it is not a rise (R-PAIN [S45]).
    add(clinicA, "Settled", { morningPains: [{ daysAgo: 4, pain: 3 }, { daysAgo: 2, pain: 3 }], assessments: [{ daysAgo: 6, restPain: 3 }] }),
    add(clinicA, "Rising", { assessments: [{ daysAgo: 20, restPain: 1 }, { daysAgo: 3, restPain: 3 }] }),
    add(clinicA, "Unlogged", { logs: days(9, 12) }),
    add(clinicA, "Loaded", { programs: [{ daysAgo: 40, items: [bridge(10)] }, { daysAgo: 2, items: [bridge(15)] }] }),
    // R-LOAD [S46]: the same +50 % saved with a reason raises no alert (issue 11).
    add(clinicA, "Explained", { programs: [{ daysAgo: 40, items: [bridge(10)] }, { daysAgo: 2, items: [{ ...bridge(15), loadChangeReason: "Pain-free for 2 weeks" }] }] }),
    // Week 1 → week 2 of the library's Nordic programme (EX30 [S14]): a planned step of +140 %, no alert.
    add(clinicA, "Nordic", {
      programs: [
        { daysAgo: 9, items: [{ exerciseCode: "EX30", sets: 2, reps: 5, perWeek: 1 }] },
        { daysAgo: 2, items: [{ exerciseCode: "EX30", sets: 2, reps: 6, perWeek: 2 }] },
      ],
    }),
    add(clinicA, "Unassessed", { assessments: [{ daysAgo: 30, restPain: 1 }] }),
    add(clinicA, "Ready", {
      phase: "ACUTE",
      onsetDaysAgo: 10,
      programs: [{ daysAgo: 10, items: [bridge()] }],
      logs: days(0, 8, 1),
      assessments: [{ daysAgo: 2, kneeFlexionPainful: false }],
    }),
    add(clinicA, "Cramping", {
      cramps: [
        { daysAgo: 3, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_MEDIAL" },
        { daysAgo: 1, context: "NIGHT_SLEEP", muscleSite: "CALF" },
        { daysAgo: 20, context: "DURING_EXERCISE", muscleSite: "CALF", systemicSymptoms: true },
      ],
    }),
    add(clinicA, "Paused", { logs: [{ daysAgo: 1, painDuring: 9 }] }).then((id) => testDb.episode.update({ where: { id }, data: { status: "ON_HOLD" } })),
    add(clinicA, "Colleagues", { clinicianId: colleague.id, logs: [{ daysAgo: 1, painDuring: 9 }] }),
    add(clinicB, "Elsewhere", { logs: [{ daysAgo: 1, painDuring: 9 }] }),
  ]);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await Promise.all([testDb.$disconnect(), countingDb.client.$disconnect()]);
});

describe("caseload aggregation", () => {
  it("lists each active episode of the clinician's with its alerts, and nobody going to plan", async () => {
    expect(await alertsByPatient(mine)).toEqual({
      "Cramping, Test": ["cramp-red-flag"],
      "Loaded, Test": ["load-jump"],
      "Morning, Test": ["morning-pain"],
      "Ready, Test": ["gate-met"],
      "Rising, Test": ["rest-pain-rise"],
      "Severe, Test": ["pain-during"],
      "Unassessed, Test": ["reassessment-due"],
      "Unlogged, Test": ["no-log"],
    });
  });

  it("says what each alert found", async () => {
    const details = Object.fromEntries(
      (await caseloadOf(clinicA.scope, mine, TODAY)).rows.flatMap((row) => row.alerts.map((alert) => [`${row.patientName} ${alert.kind}`, alert.detail])),
    );
    expect(details).toMatchObject({
      "Severe, Test pain-during": expect.stringMatching(/^8\/10 in the last 7 days; subacute \/ chronic allows up to \d\/10 \[S11\]$/),
      "Morning, Test morning-pain": expect.stringMatching(/^7\/10 the morning after .+, up from 1\/10 before it$/),
      "Rising, Test rest-pain-rise": "3/10 at rest, up 2 from 1/10 at the start of the episode",
      "Unlogged, Test no-log": "Last log 9 days ago",
      "Loaded, Test load-jump": `${exerciseByCode("EX25").name} weekly load +50 % over 2 weeks, no reason given`,
      "Unassessed, Test reassessment-due": "Last assessed 30 days ago",
      "Cramping, Test cramp-red-flag": "1 red-flag cramp in the last 14 days",
    });
  });

  it("counts active episodes by phase, leaving out episodes on hold", async () => {
    const caseload = await caseloadOf(clinicA.scope, mine, TODAY);
    expect(caseload).toMatchObject({ phaseCounts: { ACUTE: 1, SUBACUTE: 1, PREVENTION: 10 }, activeEpisodes: 12, total: 8 });
  });

  it("shows the whole clinic on request, and never another clinic's patients", async () => {
    const clinic = await alertsByPatient(wholeClinic);
    expect(clinic["Colleagues, Test"]).toEqual(["pain-during"]);
    expect(Object.keys(clinic)).not.toContain("Elsewhere, Test");
    expect(Object.keys(clinic)).not.toContain("Paused, Test");
    expect(Object.keys(await alertsByPatient(wholeClinic, clinicB))).toEqual(["Elsewhere, Test"]);
  });

  it("issues the same number of queries for 3 patients as for 30", async () => {
    const clinic = await createTestClinic();
    const phases = ["ACUTE", "SUBACUTE", "PREVENTION"] as const;
    const addPatients = (from: number, count: number) =>
      Promise.all(
        Array.from({ length: count }, (_, i) =>
          createCareScenario(
            testDb,
            TODAY,
            scenario(clinic, `Many${from + i}`, {
              phase: phases[(from + i) % 3]!,
              programs: [{ daysAgo: 20, items: [bridge(10)] }, { daysAgo: 1, items: [bridge(20)] }],
              logs: days(0, 10, (from + i) % 10),
              morningPains: [{ daysAgo: 1, pain: 3 }],
              cramps: [{ daysAgo: 2, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_LATERAL" }],
            }),
          ),
        ),
      );
    const queriesFor = async () => {
      countingDb.reset();
      const caseload = await caseloadOf(clinic.scope, mine, TODAY);
      return { queries: countingDb.statements().length, listed: caseload.total };
    };

    await addPatients(0, 3);
    const few = await queriesFor();
    await addPatients(3, 27);
    const many = await queriesFor();
    expect([few.listed, many.listed]).toEqual([3, 30]);
    expect(many.queries).toBe(few.queries);
    // 2 to list the view with its stored alerts and the visit notes left unsigned (lib/visit-notes), and
    // 8 to evaluate and store the episodes whose stored alerts are out of date: here the new ones.
    expect(few.queries).toBeLessThanOrEqual(10);
  }, SETUP_TIMEOUT_MS);
});

describe("phase gates read the logs", () => {
  it("meets pain during exercise and adherence from a week of logged sessions", async () => {
    const gates = await gateEvaluationsOf(clinicA.scope, [{ id: episodes.Ready!, phase: "ACUTE", side: "RIGHT", onsetDate: "2026-01-01" }], TODAY);
    const criteria = Object.fromEntries(gates.get(episodes.Ready!)!.criteria.map((criterion) => [criterion.id, [criterion.status, criterion.detail]]));
    expect(criteria).toMatchObject({
      "pain-during-exercise": ["met", "Highest logged: 1/10"],
      adherence: ["met", "100 %"],
      "pain-free-resisted-knee-flexion": ["met", "No pain on resisted testing"],
    });
  });

  it("fails pain during exercise above the phase limit, and reads nothing from another clinic", async () => {
    const severe = { id: episodes.Severe!, phase: "SUBACUTE" as const, side: "RIGHT" as const, onsetDate: "2026-01-01" };
    const own = await gateEvaluationsOf(clinicA.scope, [severe], TODAY);
    expect(own.get(severe.id)!.criteria.find((criterion) => criterion.id === "pain-during-exercise")?.status).toBe("not-met");
    const foreign = await gateEvaluationsOf(clinicB.scope, [severe], TODAY);
    expect(foreign.get(severe.id)!.criteria.find((criterion) => criterion.id === "pain-during-exercise")?.status).toBe("missing");
  });
});
