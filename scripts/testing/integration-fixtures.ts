/**
 * Fixtures for integration tests: each call makes a fresh clinic with its own staff, so test files
 * never depend on each other's rows or on the demo seed.
 */
import { randomUUID } from "node:crypto";
import { Faker, en } from "@faker-js/faker";
import { clinicScopeOf, type ClinicScope } from "@/lib/core/auth/session";
import { buildPatientFields, createPrismaClient, createUser, hashForTests } from "@/prisma/factories";
import { openEpisode } from "@/lib/episodes/mutations";
import type { OpenEpisodeInput } from "@/lib/episodes/schema";
import type { PatientFields } from "@/lib/patients/schema";

export const testDb = createPrismaClient();
export const faker = new Faker({ locale: [en] });

let passwordHash: Promise<string> | undefined;

/** A clinic made for one test file, with its clinician's scope. */
export type TestClinic = { clinicId: string; scope: ClinicScope; clinicianEmail: string };

/** A fresh clinic in the zone given (UTC unless told otherwise), with one clinician. */
export async function createTestClinic({ timeZone = "UTC" }: { timeZone?: string } = {}): Promise<TestClinic> {
  const clinic = await testDb.clinic.create({ data: { name: `Test clinic ${randomUUID()}`, timeZone }, select: { id: true } });
  const clinicianEmail = `clinician-${randomUUID()}@test.example`;
  const user = await createUser(testDb, {
    clinicId: clinic.id,
    email: clinicianEmail,
    name: "Test Clinician",
    role: "CLINICIAN",
    passwordHash: await (passwordHash ??= hashForTests()),
  });
  const scope = clinicScopeOf({ id: user.id, name: "Test Clinician", role: "CLINICIAN", clinicId: clinic.id, patientId: null, clinicTimeZone: timeZone });
  return { clinicId: clinic.id, scope: scope!, clinicianEmail };
}

export function patientFields(overrides: Partial<PatientFields> = {}): PatientFields {
  return buildPatientFields(faker, { recordNumber: `T-${randomUUID().slice(0, 8)}`, ...overrides });
}

/** An episode of care opened through the app's own mutation: a left hamstring strain from 1 Nov 2026 unless told otherwise. */
export async function openTestEpisode(clinic: TestClinic, patientId: string, overrides: Partial<OpenEpisodeInput> = {}): Promise<string> {
  const episode = await openEpisode(clinic.scope, {
    patientId,
    requestId: randomUUID(),
    diagnosis: "Left hamstring strain",
    icd10Code: "",
    side: "LEFT",
    onsetDate: "2026-11-01",
    mechanism: "SPRINTING",
    clinicianId: clinic.scope.actorId,
    ...overrides,
  });
  if (!episode.ok) throw new Error(`episode not opened: ${JSON.stringify(episode.fieldErrors)}`);
  return episode.value.id;
}
