import type { Resource } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clinicScopeOf, type ClinicScope } from "@/lib/core/auth/session";
import { validateFhir } from "@/scripts/testing/fhir-validation";
import { ensureDemoSeeded } from "@/scripts/testing/demo-seed";
import { testDb } from "@/scripts/testing/integration-fixtures";
import { patientBundle } from "./bundle";
import { readPatientRecord } from "./data";

/**
 * Every demo patient's export, validated resource by resource against the official R4
 * StructureDefinitions (and the FHIRPath invariants the validator leaves out): zero errors. Warnings
 * are listed, not failed. Seeds the demo into the test database once, as demo-caseload does.
 */
const DEMO_CLINIC_NAMES = ["Northside Physio", "Harbour Sports Clinic"]; // prisma/seed.ts DEMO_CLINICS
type Export = { recordNumber: string; resources: Resource[] };
const exports: Export[] = [];

beforeAll(async () => {
  await ensureDemoSeeded();
  const demoClinics = await testDb.clinic.findMany({
    where: { name: { in: DEMO_CLINIC_NAMES } },
    select: { id: true, users: { where: { role: "ADMIN" }, take: 1, select: { id: true, name: true } }, patients: { select: { id: true, recordNumber: true } } },
  });
  for (const clinic of demoClinics) {
    const admin = clinic.users[0]!;
    const scope = clinicScopeOf({ id: admin.id, name: admin.name, role: "ADMIN", clinicId: clinic.id, patientId: null, clinicTimeZone: "UTC" }) as ClinicScope;
    for (const patient of clinic.patients) {
      const record = (await readPatientRecord(scope, patient.id))!;
      const bundle = patientBundle(record, { base: "https://demo.rehabit.example/fhir/R4", timestamp: new Date().toISOString() });
      exports.push({ recordNumber: patient.recordNumber, resources: [
          // The Bundle's own rules on its first entry; every resource is validated on its own below.
          { ...bundle, entry: bundle.entry?.slice(0, 1) },
          ...(bundle.entry ?? []).map((entry) => entry.resource!),
        ],
      });
    }
  }
}, 180_000);

afterAll(() => testDb.$disconnect());

describe("the demo's FHIR exports", () => {
  it("cover every demo patient", () => {
    expect(exports.length).toBeGreaterThan(20);
  });

  it("validate against the R4 StructureDefinitions with no error", () => {
    const errors: string[] = [];
    const warnings = new Map<string, number>();
    for (const { recordNumber, resources } of exports) {
      for (const resource of resources) {
        const result = validateFhir(resource);
        errors.push(...result.errors.map((error) => `${recordNumber} ${resource.resourceType}/${resource.id ?? ""}: ${error}`));
        for (const warning of result.warnings) warnings.set(`${resource.resourceType}: ${warning}`, (warnings.get(`${resource.resourceType}: ${warning}`) ?? 0) + 1);
      }
    }
    const total = exports.reduce((sum, { resources }) => sum + resources.length, 0);
    console.info(`Validated ${total} resources of ${exports.length} demo patients; warnings:${[...warnings].map(([text, count]) => `\n  ${count} × ${text}`).join("") || " none"}`);
    expect(errors.slice(0, 20)).toEqual([]);
  }, 120_000);
});
