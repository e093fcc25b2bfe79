import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createAssessment } from "@/lib/assessments/mutations";
import { createAssessmentSchema, emptyAssessment } from "@/lib/assessments/schema";
import { caseloadOf } from "@/lib/caseload/loaders";
import type { CaseloadParams } from "@/lib/caseload/params";
import { addDays } from "@/lib/core/calendar";
import { todayIn } from "@/lib/core/dates";
import { openEpisode } from "@/lib/episodes/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { createCareScenario, type CareScenario } from "@/prisma/care-factories";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";

/**
 * A clinic at UTC+10 (Australia/Brisbane, no daylight saving) at 08:00 on 2 March: 22:00 UTC on 1 March.
 * `now` is passed in; nothing here reads the real clock. Before clinic time zones, staff dates were UTC
 * days, so this morning's assessment was "in the future" and caseload windows ran 10 hours late.
 */
const NOW = new Date("2026-03-01T22:00:00Z");
const everyone: CaseloadParams = { view: "clinic", sort: "patient", dir: "asc", page: 1 };

let brisbane: TestClinic;
let utc: TestClinic;

beforeAll(async () => {
  [brisbane, utc] = await Promise.all([createTestClinic({ timeZone: "Australia/Brisbane" }), createTestClinic()]);
});

afterAll(() => testDb.$disconnect());

/** The assessment form as the action parses it, at `NOW` on the browser's and server's clock. */
function parsedAtNow(input: unknown) {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  try {
    return createAssessmentSchema.safeParse(input);
  } finally {
    vi.useRealTimers();
  }
}

async function patientOf(clinic: TestClinic, today: string) {
  const created = await createPatient(clinic.scope, patientFields(), today);
  if (!created.ok) throw new Error(JSON.stringify(created.fieldErrors));
  return created.value.id;
}

describe("a clinic at UTC+10 at 08:00 local time", () => {
  it("is on 2 March while UTC is still on 1 March", () => {
    expect(todayIn(brisbane.scope.timeZone, NOW)).toBe("2026-03-02");
    expect(todayIn(utc.scope.timeZone, NOW)).toBe("2026-03-01");
  });

  it("records this morning's assessment dated today, and refuses tomorrow on the date field", async () => {
    const today = todayIn(brisbane.scope.timeZone, NOW);
    const patientId = await patientOf(brisbane, today);
    const parsed = parsedAtNow({ ...emptyAssessment(brisbane.scope.actorId, today), bodyMassKg: "72", patientId, requestId: randomUUID() });
    if (!parsed.success) throw new Error(parsed.error.message);

    const saved = await createAssessment(brisbane.scope, parsed.data, today);
    if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
    const stored = await testDb.assessment.findUniqueOrThrow({ where: { id: saved.value.id }, select: { assessedOn: true } });
    expect(stored.assessedOn.toISOString().slice(0, 10)).toBe("2026-03-02");

    const tomorrow = { ...parsed.data, assessedOn: addDays(today, 1), requestId: randomUUID() };
    expect(await createAssessment(brisbane.scope, tomorrow, today)).toEqual({ ok: false, fieldErrors: { assessedOn: ["The assessment date cannot be in the future."] } });
    expect(await testDb.assessment.count({ where: { patientId } })).toBe(1);
  });

  it("opens an episode with today's onset and registers a baby born today; a UTC clinic at the same instant refuses 2 March", async () => {
    const today = todayIn(brisbane.scope.timeZone, NOW);
    const newborn = await createPatient(brisbane.scope, patientFields({ dateOfBirth: today }), today);
    expect(newborn.ok).toBe(true);
    const episode = await openEpisode(
      brisbane.scope,
      { patientId: await patientOf(brisbane, today), requestId: randomUUID(), diagnosis: "Right hamstring strain", icd10Code: "", side: "RIGHT", onsetDate: today, mechanism: "SPRINTING", clinicianId: brisbane.scope.actorId },
      today,
    );
    expect(episode.ok).toBe(true);

    const utcToday = todayIn(utc.scope.timeZone, NOW);
    expect(await createPatient(utc.scope, patientFields({ dateOfBirth: "2026-03-02" }), utcToday)).toEqual({
      ok: false,
      fieldErrors: { dateOfBirth: ["Date of birth cannot be in the future."] },
    });
    const utcPatient = await patientOf(utc, utcToday);
    expect(await createAssessment(utc.scope, { ...emptyAssessment(utc.scope.actorId, "2026-03-02"), patientId: utcPatient, requestId: randomUUID() }, utcToday)).toEqual({
      ok: false,
      fieldErrors: { assessedOn: ["The assessment date cannot be in the future."] },
    });
  });
});

describe("caseload windows follow the clinic's zone", () => {
  /** An episode in care with nothing logged, whose first program and one red-flag cramp are moved to the instants given. */
  async function episodeWith(clinic: TestClinic, lastName: string, { programAt, crampAt }: { programAt: string; crampAt?: string }) {
    const today = todayIn(clinic.scope.timeZone, NOW);
    const scenario: CareScenario = {
      clinicId: clinic.clinicId,
      clinicianId: clinic.scope.actorId,
      patient: { firstName: "Zone", lastName, recordNumber: `Z-${randomUUID().slice(0, 8)}` },
      phase: "PREVENTION",
      onsetDaysAgo: 20,
      programs: [{ daysAgo: 10, items: [{ exerciseCode: "EX25", sets: 3, reps: 10, perWeek: 3 }] }],
      logs: [],
      assessments: [{ daysAgo: 1, restPain: 1 }],
      cramps: crampAt ? [{ daysAgo: 1, context: "DURING_EXERCISE", muscleSite: "CALF", systemicSymptoms: true }] : [],
    };
    const { episodeId, patientId } = await createCareScenario(testDb, today, scenario);
    await testDb.program.updateMany({ where: { episodeId }, data: { createdAt: new Date(programAt) } });
    if (crampAt) await testDb.crampEntry.updateMany({ where: { patientId }, data: { onsetAt: new Date(crampAt) } });
  }

  const alertsOf = async (clinic: TestClinic) =>
    Object.fromEntries((await caseloadOf(clinic.scope, everyone, todayIn(clinic.scope.timeZone, NOW))).rows.map((row) => [row.patientName.split(",")[0], row.alerts.map((alert) => alert.kind)]));

  it("counts a program given and a cramp on their days in Brisbane, not in UTC", async () => {
    // Brisbane's today is 2 March: the no-log rule wants a program given by 23 February (7 days),
    // and the 14-day cramp window starts at midnight on 17 February, 14:00 UTC on the 16th.
    await episodeWith(brisbane, "Given late on 23 Feb", { programAt: "2026-02-23T13:59:00Z" }); // 23:59 on 23 Feb in Brisbane
    await episodeWith(brisbane, "Given early on 24 Feb", { programAt: "2026-02-23T14:00:00Z" }); // 00:00 on 24 Feb in Brisbane
    await episodeWith(brisbane, "Cramp before the window", { programAt: "2026-02-27T00:00:00Z", crampAt: "2026-02-16T13:59:00Z" });
    await episodeWith(brisbane, "Cramp at its start", { programAt: "2026-02-27T00:00:00Z", crampAt: "2026-02-16T14:00:00Z" });

    const alerts = await alertsOf(brisbane);
    expect(alerts["Given late on 23 Feb"]).toContain("no-log");
    expect(alerts["Given early on 24 Feb"] ?? []).not.toContain("no-log");
    expect(alerts["Cramp before the window"] ?? []).not.toContain("cramp-red-flag");
    expect(alerts["Cramp at its start"]).toContain("cramp-red-flag");
  });

  it("counts the same instants on UTC days in a UTC clinic (1 March there)", async () => {
    // UTC's today is 1 March: a program given on 22 February alerts, one given on 23 February does not yet,
    // and the cramp window starts at midnight UTC on 16 February.
    await episodeWith(utc, "Given 22 Feb UTC", { programAt: "2026-02-22T23:59:00Z" });
    await episodeWith(utc, "Given 23 Feb UTC", { programAt: "2026-02-23T13:59:00Z" });
    await episodeWith(utc, "Cramp at 23:59 on 15 Feb", { programAt: "2026-02-27T00:00:00Z", crampAt: "2026-02-15T23:59:00Z" });
    await episodeWith(utc, "Cramp at 00:00 on 16 Feb", { programAt: "2026-02-27T00:00:00Z", crampAt: "2026-02-16T00:00:00Z" });

    const alerts = await alertsOf(utc);
    expect(alerts["Given 22 Feb UTC"]).toContain("no-log");
    expect(alerts["Given 23 Feb UTC"] ?? []).not.toContain("no-log");
    expect(alerts["Cramp at 23:59 on 15 Feb"] ?? []).not.toContain("cramp-red-flag");
    expect(alerts["Cramp at 00:00 on 16 Feb"]).toContain("cramp-red-flag");
  });
});
