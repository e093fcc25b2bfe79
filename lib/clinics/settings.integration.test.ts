import { randomUUID } from "node:crypto";
import { getServerSession } from "next-auth";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { changeLines } from "@/lib/activity/summary";
import { viewerForSession, type SessionClaims } from "@/lib/core/auth/session";
import { ERROR_MESSAGES } from "@/lib/core/errors";
import { createUser } from "@/prisma/factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { updateClinicSettingsAction } from "./actions";
import type { ClinicSettingsFields } from "./schema";

// The action runs as in the app, through authActionClient, as whoever the session names.
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<Record<string, unknown>>()), getServerSession: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

type Account = SessionClaims;
let clinicA: TestClinic;
let clinicB: TestClinic;
let adminA: Account;
let clinicianA: Account;
let patientA: Account;
let adminB: Account;

async function account(clinic: TestClinic, role: Account["role"]): Promise<Account> {
  const name = `Settings ${role.toLowerCase()}`;
  const { id } = await createUser(testDb, { clinicId: clinic.clinicId, email: `${role.toLowerCase()}-${randomUUID()}@test.example`, name, role, passwordHash: "x" });
  return { id, name, role, clinicId: clinic.clinicId, patientId: null, sessionGeneration: 0 };
}

const signedInAs = (claims: Account | null) => vi.mocked(getServerSession).mockResolvedValue(claims ? { user: claims, expires: "" } : null);

const settingsOf = (clinicId: string) =>
  testDb.clinic.findUniqueOrThrow({
    where: { id: clinicId },
    select: { name: true, timeZone: true, assessmentMinutes: true, treatmentMinutes: true, reviewMinutes: true, telehealthMinutes: true, version: true },
  });
const auditOf = (clinicId: string) => testDb.auditEvent.findMany({ where: { clinicId, entityType: "Clinic" }, select: { actorId: true, action: true, entityId: true, before: true, after: true } });

async function formOf(clinicId: string): Promise<ClinicSettingsFields> {
  const stored = await settingsOf(clinicId);
  return {
    name: stored.name,
    timeZone: stored.timeZone,
    assessmentMinutes: String(stored.assessmentMinutes),
    treatmentMinutes: String(stored.treatmentMinutes),
    reviewMinutes: String(stored.reviewMinutes),
    telehealthMinutes: String(stored.telehealthMinutes),
    version: stored.version,
  };
}

beforeAll(async () => {
  [clinicA, clinicB] = await Promise.all([createTestClinic(), createTestClinic()]);
  [adminA, clinicianA, patientA, adminB] = await Promise.all([account(clinicA, "ADMIN"), account(clinicA, "CLINICIAN"), account(clinicA, "PATIENT"), account(clinicB, "ADMIN")]);
});

beforeEach(() => vi.mocked(getServerSession).mockReset());

afterAll(() => testDb.$disconnect());

describe("clinic settings action", () => {
  it("starts a clinic at UTC with the default visit lengths", async () => {
    expect(await settingsOf(clinicA.clinicId)).toMatchObject({ timeZone: "UTC", assessmentMinutes: 60, treatmentMinutes: 45, reviewMinutes: 30, telehealthMinutes: 30, version: 1 });
  });

  it("refuses everyone but the clinic's admins with NOT_FOUND (signed out: sign in again) and changes nothing", async () => {
    const input = { ...(await formOf(clinicA.clinicId)), timeZone: "Australia/Brisbane" };
    const before = await settingsOf(clinicA.clinicId);
    for (const caller of [clinicianA, patientA]) {
      signedInAs(caller);
      expect(await updateClinicSettingsAction(input), caller.role).toEqual({ serverError: ERROR_MESSAGES.NOT_FOUND });
    }
    signedInAs(null);
    expect(await updateClinicSettingsAction(input)).toEqual({ serverError: ERROR_MESSAGES.UNAUTHENTICATED });
    expect(await settingsOf(clinicA.clinicId)).toEqual(before);
    expect(await auditOf(clinicA.clinicId)).toEqual([]);
  });

  it("lets another clinic's admin change only their own clinic: the input cannot name a clinic", async () => {
    const before = await settingsOf(clinicA.clinicId);
    signedInAs(adminB);
    const named = await updateClinicSettingsAction({ ...(await formOf(clinicB.clinicId)), clinicId: clinicA.clinicId } as ClinicSettingsFields);
    expect(named.validationErrors).toBeDefined();
    expect(named.data).toBeUndefined();

    const own = await updateClinicSettingsAction({ ...(await formOf(clinicB.clinicId)), name: "Harbourside" });
    expect(own).toEqual({ data: { ok: true, value: { version: 2 } } });
    expect((await settingsOf(clinicB.clinicId)).name).toBe("Harbourside");
    expect(await settingsOf(clinicA.clinicId)).toEqual(before);
  });

  it("refuses bad input with a message on each field, and changes and audits nothing", async () => {
    signedInAs(adminA);
    const before = await settingsOf(clinicA.clinicId);
    const valid = await formOf(clinicA.clinicId);
    const refused = await updateClinicSettingsAction({ ...valid, name: "  ", timeZone: "Mars/Olympus_Mons", assessmentMinutes: "7", treatmentMinutes: "", reviewMinutes: "300", telehealthMinutes: "thirty" });
    expect(refused.validationErrors?.fieldErrors).toEqual({
      name: ["Enter the clinic's name."],
      timeZone: ["Choose the clinic's time zone from the list."],
      assessmentMinutes: ["Enter an assessment's length in whole minutes from 5 to 240, in steps of 5."],
      treatmentMinutes: ["Enter how long a treatment visit lasts, in minutes."],
      reviewMinutes: ["Enter a review's length in whole minutes from 5 to 240, in steps of 5."],
      telehealthMinutes: ["Enter a telehealth visit's length in whole minutes from 5 to 240, in steps of 5."],
    });
    // A zone the runtime knows but the list does not offer (an alias) is refused by the server, on its field.
    const alias = await updateClinicSettingsAction({ ...valid, timeZone: "Asia/Kolkata" });
    expect(alias).toEqual({ data: { ok: false, fieldErrors: { timeZone: ["Choose the clinic's time zone from the list."] } } });
    expect(await settingsOf(clinicA.clinicId)).toEqual(before);
    expect(await auditOf(clinicA.clinicId)).toEqual([]);
  });

  it("saves an admin's change with its version, records the changed fields in the audit trail, and the next session reads the new zone", async () => {
    signedInAs(adminA);
    const form = await formOf(clinicA.clinicId);
    const saved = await updateClinicSettingsAction({ ...form, timeZone: "Australia/Brisbane", reviewMinutes: " 20 " });
    expect(saved).toEqual({ data: { ok: true, value: { version: form.version + 1 } } });
    expect(await settingsOf(clinicA.clinicId)).toMatchObject({ timeZone: "Australia/Brisbane", reviewMinutes: 20, assessmentMinutes: 60, version: form.version + 1 });

    const events = await auditOf(clinicA.clinicId);
    expect(events).toEqual([
      { actorId: adminA.id, action: "UPDATE", entityId: clinicA.clinicId, before: { timeZone: "UTC", reviewMinutes: 30 }, after: { timeZone: "Australia/Brisbane", reviewMinutes: 20 } },
    ]);
    expect(changeLines(events[0]!.before, events[0]!.after)).toEqual([
      { field: "Time zone", before: "UTC", after: "Australia/Brisbane" },
      { field: "Review length (min)", before: "30", after: "20" },
    ]);
    // The zone rides along the session's own lookup: every staff request of the clinic now uses it.
    expect((await viewerForSession(clinicianA))?.clinicTimeZone).toBe("Australia/Brisbane");
    expect((await viewerForSession(adminB))?.clinicTimeZone).toBe("UTC");
  });

  it("refuses a save based on an older version (another admin saved first) with CONFLICT, keeping the other admin's values", async () => {
    signedInAs(adminA);
    const loaded = await formOf(clinicA.clinicId);
    expect((await updateClinicSettingsAction({ ...loaded, telehealthMinutes: "25" })).data).toMatchObject({ ok: true });
    const stale = await updateClinicSettingsAction({ ...loaded, telehealthMinutes: "50" });
    expect(stale).toEqual({ serverError: ERROR_MESSAGES.CONFLICT });
    expect(await settingsOf(clinicA.clinicId)).toMatchObject({ telehealthMinutes: 25, version: loaded.version + 1 });
  });

  it("writes and audits nothing for a save that changes nothing", async () => {
    signedInAs(adminA);
    const form = await formOf(clinicA.clinicId);
    const events = (await auditOf(clinicA.clinicId)).length;
    expect(await updateClinicSettingsAction(form)).toEqual({ data: { ok: true, value: { version: form.version } } });
    expect((await settingsOf(clinicA.clinicId)).version).toBe(form.version);
    expect(await auditOf(clinicA.clinicId)).toHaveLength(events);
  });
});
