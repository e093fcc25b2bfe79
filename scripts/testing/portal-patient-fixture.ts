/**
 * A patient with a portal account in a test clinic, and the PatientScope the session would give them
 * (made by the app's own patientScopeOf, so the same checks apply as for a signed-in patient).
 */
import { randomUUID } from "node:crypto";
import { patientScopeOf, type PatientScope } from "@/lib/core/auth/session";
import { createPatient } from "@/lib/patients/mutations";
import { createUser, hashForTests } from "@/prisma/factories";
import { patientFields, testDb, type TestClinic } from "./integration-fixtures";

let passwordHash: Promise<string> | undefined;

export async function createPortalPatient(clinic: TestClinic): Promise<{ patientId: string; scope: PatientScope }> {
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
  const scope = await patientScopeOf({ id: user.id, name: "Test Patient", role: "PATIENT", clinicId: clinic.clinicId, patientId, clinicTimeZone: "UTC" });
  if (!scope) throw new Error("no patient scope");
  return { patientId, scope };
}
