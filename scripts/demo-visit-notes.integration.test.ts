import { afterAll, expect, it } from "vitest";
import { createPatient } from "@/lib/patients/mutations";
import { insertDemoVisitNotes } from "@/prisma/seed-visit-notes";
import { createTestClinic, openTestEpisode, patientFields, testDb } from "@/scripts/testing/integration-fixtures";

/**
 * The demo's past visits go into the clinics the seed names, never into every clinic of the database:
 * a test database holds other tests' clinics while the demo is seeded, and visits seeded into them
 * clashed with their own bookings (the double-booking constraint) and failed the seed in CI.
 */
afterAll(() => testDb.$disconnect());

it("seeds visits and notes only into the clinics it is given", async () => {
  const [demo, bystander] = await Promise.all([createTestClinic(), createTestClinic()]);
  for (const clinic of [demo, bystander]) {
    const patient = await createPatient(clinic.scope, patientFields());
    if (!patient.ok) throw new Error("patient not created");
    await openTestEpisode(clinic, patient.value.id);
  }
  const made = await insertDemoVisitNotes(testDb, [demo.clinicId]);
  expect(made.visits).toBeGreaterThan(0);
  expect(await testDb.appointment.count({ where: { clinicId: demo.clinicId } })).toBe(made.visits);
  expect(await testDb.visitNote.count({ where: { clinicId: demo.clinicId } })).toBe(made.notes);
  expect(await testDb.appointment.count({ where: { clinicId: bystander.clinicId } })).toBe(0);
});
