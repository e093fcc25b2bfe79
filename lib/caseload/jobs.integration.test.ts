import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/core/calendar";
import { calendarDayIn } from "@/lib/core/time-zones";
import { createCareScenario } from "@/prisma/care-factories";
import { countingDb } from "@/scripts/testing/counting-db";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { unsafeListClinicSummaryAges } from "./data";
import { clinicsDue, refreshClinicSummaries } from "./jobs";
import { caseloadOf } from "./loaders";
import type { CaseloadParams } from "./params";
import { CASELOAD_RULES_VERSION } from "./rules-version";

// The background job gets a clinic's dashboard ready when its day turns, so the first view of the day
// reads stored alerts instead of evaluating every episode. Only this file's clinic is refreshed here:
// refreshDueClinics would refresh every clinic of the shared test database under other tests' feet.
vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));

const ZONE = "Australia/Brisbane";
const NOW = new Date();
const TODAY = calendarDayIn(ZONE, NOW);
const YESTERDAY = addDays(TODAY, -1);
const params: CaseloadParams = { view: "clinic", sort: "patient", dir: "asc", page: 1 };

let clinic: TestClinic;
const ref = () => ({ id: clinic.clinicId, timeZone: ZONE });
const ageOf = async () => (await unsafeListClinicSummaryAges(CASELOAD_RULES_VERSION)).find((age) => age.id === clinic.clinicId);

async function addPatient(lastName: string, logsUpTo: number) {
  await createCareScenario(testDb, TODAY, {
    clinicId: clinic.clinicId,
    clinicianId: clinic.scope.actorId,
    patient: { firstName: "Test", lastName, recordNumber: `J-${randomUUID().slice(0, 8)}` },
    phase: "SUBACUTE",
    onsetDaysAgo: 30,
    programs: [{ daysAgo: 20, items: [{ exerciseCode: "EX25", sets: 4, reps: 10, perWeek: 7 }] }],
    // Logging stopped `logsUpTo` days ago: the no-log alert depends on the day the dashboard is read.
    logs: Array.from({ length: 10 }, (_, i) => ({ daysAgo: logsUpTo + i, painDuring: 1 })),
    assessments: [{ daysAgo: 5, restPain: 1 }],
  });
}

beforeAll(async () => {
  clinic = await createTestClinic({ timeZone: ZONE });
  await Promise.all([addPatient("Current", 0), addPatient("Lapsing", 2), addPatient("Lapsed", 6)]);
  // The clinic's dashboard was last viewed yesterday.
  await caseloadOf(clinic.scope, params, YESTERDAY, NOW);
}, 60_000);

describe("the caseload refresh job", () => {
  it("finds the clinic once its day has turned, computes its day's alerts, and the first view then reads them in two statements", async () => {
    const before = await ageOf();
    expect(before).toMatchObject({ timeZone: ZONE, oldestDay: YESTERDAY, otherwiseStale: false });
    expect(clinicsDue([before!], NOW)).toHaveLength(1);

    expect(await refreshClinicSummaries(ref(), NOW)).toBe(3);

    countingDb.reset();
    const firstView = await caseloadOf(clinic.scope, params, TODAY, NOW);
    expect(countingDb.statements()).toHaveLength(2);
    // The same page as computed from scratch for today.
    await testDb.$executeRaw`UPDATE caseload_summary SET rules_version = NULL WHERE clinic_id = ${clinic.clinicId}::uuid`;
    expect(await caseloadOf(clinic.scope, params, TODAY, NOW)).toEqual(firstView);

    expect(await refreshClinicSummaries(ref(), NOW)).toBe(0);
    const after = await ageOf();
    expect(after).toMatchObject({ oldestDay: TODAY, otherwiseStale: false });
    expect(clinicsDue([after!], NOW)).toEqual([]);
  });

  it("is due again for a clinic with an episode never evaluated, or stored under other rules", async () => {
    await refreshClinicSummaries(ref(), NOW);
    await addPatient("New", 0);
    expect(clinicsDue([(await ageOf())!], NOW)).toHaveLength(1);
    expect(await refreshClinicSummaries(ref(), NOW)).toBe(1);

    await testDb.$executeRaw`UPDATE caseload_summary SET rules_version = 'older rules' WHERE clinic_id = ${clinic.clinicId}::uuid`;
    expect((await ageOf())?.otherwiseStale).toBe(true);
    expect(await refreshClinicSummaries(ref(), NOW)).toBe(4);
  });
});

describe("clinicsDue", () => {
  const age = (oldestDay: string | null, timeZone = "UTC", otherwiseStale = false) => ({ id: "c", timeZone, oldestDay, otherwiseStale });
  const at = new Date("2026-12-07T15:00:00Z"); // 8 December in Brisbane, 7 December in UTC

  it("judges the day in the clinic's zone", () => {
    expect(clinicsDue([age("2026-12-07")], at)).toEqual([]);
    expect(clinicsDue([age("2026-12-07", "Australia/Brisbane")], at)).toHaveLength(1);
    expect(clinicsDue([age("2026-12-08", "Australia/Brisbane")], at)).toEqual([]);
    // A zone the runtime does not know is read as UTC, as the app reads it.
    expect(clinicsDue([age("2026-12-07", "Mars/Olympus")], at)).toEqual([]);
    expect(clinicsDue([age("2026-12-07", "UTC", true)], at)).toHaveLength(1);
  });
});
