import { afterAll, describe, expect, it, vi } from "vitest";
import { countingDb } from "@/scripts/testing/counting-db";
import { createTestClinic, testDb } from "@/scripts/testing/integration-fixtures";
import { clinicScopeOf, viewerForSession } from "./session";

vi.mock("@/lib/core/db", async () => ({ db: (await import("@/scripts/testing/counting-db")).countingDb.client }));

afterAll(async () => {
  await Promise.all([testDb.$disconnect(), countingDb.client.$disconnect()]);
});

describe("what checking a session costs", () => {
  it("is one statement, which also brings the clinic's time zone for the scope", async () => {
    const clinic = await createTestClinic({ timeZone: "Australia/Brisbane" });
    const user = await testDb.user.findUniqueOrThrow({ where: { email: clinic.clinicianEmail }, select: { id: true, name: true, sessionGeneration: true } });
    countingDb.reset();
    const viewer = await viewerForSession({ ...user, role: "CLINICIAN", clinicId: clinic.clinicId, patientId: null });
    expect(countingDb.statements()).toHaveLength(1);
    expect(viewer?.clinicTimeZone).toBe("Australia/Brisbane");
    expect(clinicScopeOf(viewer!)?.timeZone).toBe("Australia/Brisbane");
  });

  it("reads a stored zone the runtime does not know as UTC instead of failing every page", async () => {
    const clinic = await createTestClinic();
    await testDb.clinic.update({ where: { id: clinic.clinicId }, data: { timeZone: "Atlantis/Capital" } });
    const user = await testDb.user.findUniqueOrThrow({ where: { email: clinic.clinicianEmail }, select: { id: true, name: true, sessionGeneration: true } });
    expect((await viewerForSession({ ...user, role: "CLINICIAN", clinicId: clinic.clinicId, patientId: null }))?.clinicTimeZone).toBe("UTC");
  });
});
