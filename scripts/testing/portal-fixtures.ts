/**
 * Fixtures for portal integration tests: a patient of a test clinic with a portal account, an active
 * episode and a saved program, made through the app's own mutations; the scope comes from the
 * session module exactly as a signed-in patient's would.
 */
import { randomUUID } from "node:crypto";
import { patientScopeOf, type PatientScope } from "@/lib/core/auth/session";
import { openEpisode } from "@/lib/episodes/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { saveProgram } from "@/lib/programs/mutations";
import type { ProgramItemFields } from "@/lib/programs/schema";
import { createUser, hashForTests } from "@/prisma/factories";
import { patientFields, testDb, type createTestClinic } from "./integration-fixtures";

type Clinic = Awaited<ReturnType<typeof createTestClinic>>;

let passwordHash: Promise<string> | undefined;

export async function createPortalPatient(clinic: Clinic): Promise<{ patientId: string; scope: PatientScope }> {
  const created = await createPatient(clinic.scope, patientFields());
  if (!created.ok) throw new Error("patient not created");
  const patientId = created.value.id;
  const user = await createUser(testDb, {
    clinicId: clinic.clinicId,
    email: `patient-${randomUUID()}@test.example`,
    name: "Test Patient",
    role: "PATIENT",
    passwordHash: await (passwordHash ??= hashForTests()),
  });
  await testDb.patient.update({ where: { id: patientId }, data: { portalUserId: user.id } });
  const scope = await patientScopeOf({ id: user.id, name: "Test Patient", role: "PATIENT", clinicId: clinic.clinicId, patientId });
  if (!scope) throw new Error("no patient scope");
  return { patientId, scope };
}

export async function openTestEpisode(clinic: Clinic, patientId: string): Promise<string> {
  const episode = await openEpisode(clinic.scope, {
    patientId,
    requestId: randomUUID(),
    diagnosis: "Left hamstring strain",
    icd10Code: "",
    side: "LEFT",
    onsetDate: "2026-11-01",
    mechanism: "SPRINTING",
    clinicianId: clinic.scope.actorId,
  });
  if (!episode.ok) throw new Error("episode not opened");
  return episode.value.id;
}

/** Saves the next program version and returns its item ids in order (as the portal sends them). */
export async function saveTestProgram(clinic: Clinic, episodeId: string, baseVersion: number, items: ProgramItemFields[]): Promise<string[]> {
  const saved = await saveProgram(clinic.scope, { episodeId, baseVersion, note: "", items });
  if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
  const program = await testDb.program.findFirstOrThrow({
    where: { episodeId, version: saved.value.version },
    select: { items: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  return program.items.map((item) => String(item.id));
}
