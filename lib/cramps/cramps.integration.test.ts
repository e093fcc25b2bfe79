import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createTestClinic, openTestEpisode, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { createPortalPatient } from "@/scripts/testing/portal-patient-fixture";
import { listOwnCramps } from "./data";
import { logCramp } from "./mutations";
import type { LogCrampInput } from "./schema";

type Clinic = TestClinic;
type PortalPatient = Awaited<ReturnType<typeof createPortalPatient>>;
let clinic: Clinic;
let patientA: PortalPatient;
let patientB: PortalPatient;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const cramp = (overrides: Partial<LogCrampInput> = {}): LogCrampInput => ({
  idempotencyKey: randomUUID(),
  onsetAt: hoursAgo(2),
  context: "DURING_EXERCISE",
  muscleSite: "CALF",
  side: "LEFT",
  durationSeconds: 45,
  severity: 5,
  stoppedActivity: false,
  reliefMethods: ["STATIC_STRETCH"],
  fluidIntakeMl: null,
  systemicSymptoms: false,
  strainSigns: [],
  notes: "",
  ...overrides,
});

async function logged(patient: PortalPatient, input: LogCrampInput) {
  const result = await logCramp(patient.scope, input);
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

beforeAll(async () => {
  clinic = await createTestClinic();
  // Two patients of the same clinic: the strictest case for keeping one patient's diary from another.
  patientA = await createPortalPatient(clinic);
  patientB = await createPortalPatient(clinic);
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("cramp diary", () => {
  it("stores a cramp with an audit event, linked to the active episode only once there is one", async () => {
    const before = await logged(patientA, cramp({ onsetAt: hoursAgo(30) }));
    expect(await testDb.crampEntry.findUnique({ where: { id: before.id }, select: { episodeId: true } })).toEqual({ episodeId: null });

    const episodeId = await openTestEpisode(clinic, patientA.patientId, { diagnosis: "Recurrent hamstring cramps", side: "RIGHT", mechanism: "OTHER" });
    const after = await logged(patientA, cramp({ notes: "after a long run", fluidIntakeMl: 1200 }));
    const stored = await testDb.crampEntry.findUnique({ where: { id: after.id }, select: { episodeId: true, patientId: true, clinicId: true, notes: true } });
    expect(stored).toEqual({ episodeId, patientId: patientA.patientId, clinicId: clinic.clinicId, notes: "after a long run" });
    expect(await testDb.auditEvent.findMany({ where: { entityId: after.id }, select: { action: true, actorId: true, patientId: true } })).toEqual([
      { action: "CREATE", actorId: patientA.scope.actorId, patientId: patientA.patientId },
    ]);
  });

  it("returns the R-CRAMP red flags with the saved entry and in the list, newest first", async () => {
    const night = await logged(patientA, cramp({ onsetAt: hoursAgo(1), context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_MEDIAL", systemicSymptoms: true }));
    expect(night.redFlags.map((flag) => flag.code)).toEqual(["SYSTEMIC_SYMPTOMS", "HAMSTRING_NIGHT_CRAMP"]);
    const { rows, total } = await listOwnCramps(patientA.scope);
    expect(rows[0]).toMatchObject({ id: night.id, context: "NIGHT_SLEEP", muscleSite: "HAMSTRING_MEDIAL" });
    expect(rows.map((row) => row.onsetAt)).toEqual([...rows.map((row) => row.onsetAt)].sort().reverse());
    expect(total).toBe(rows.length);
  });

  it("stores the strain warning signs as answered: chosen ones yes, the others no, nothing chosen unknown", async () => {
    const strained = await logged(patientA, cramp({ strainSigns: ["POP", "BRUISING"] }));
    expect(strained).toMatchObject({ popFelt: true, bruising: true, troubleStraightening: false, lastingTenderness: false });
    expect(strained.redFlags.map((flag) => flag.code)).toEqual(["POSSIBLE_STRAIN"]);
    expect(await logged(patientA, cramp({ strainSigns: ["NONE"] }))).toMatchObject({ popFelt: false, bruising: false, redFlags: [] });
    expect(await logged(patientA, cramp())).toMatchObject({ popFelt: null, lastingTenderness: null, redFlags: [] });
  });

  it("stores a cramp submitted several times at once (same idempotency key) exactly once", async () => {
    const input = cramp({ severity: 8 });
    const results = await Promise.all([logCramp(patientA.scope, input), logCramp(patientA.scope, input), logCramp(patientA.scope, input)]);
    expect(results.every((result) => result.ok)).toBe(true);
    const ids = new Set(results.map((result) => (result.ok ? result.value.id : "refused")));
    expect(ids.size).toBe(1);
    expect(await testDb.crampEntry.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { entityId: [...ids][0]!, action: "CREATE" } })).toBe(1);
  });

  it("keeps patient A's cramps from patient B of the same clinic, even when B replays A's key", async () => {
    const input = cramp({ notes: "A's private note" });
    await logged(patientA, input);
    expect((await listOwnCramps(patientB.scope)).rows.map((row) => row.notes)).not.toContain("A's private note");
    await expect(logCramp(patientB.scope, input)).rejects.toEqual(new AppError("NOT_FOUND"));
    expect(await testDb.crampEntry.count({ where: { patientId: patientB.patientId } })).toBe(0);
  });
});
