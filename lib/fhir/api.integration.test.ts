import { randomUUID } from "node:crypto";
import type { Bundle, Observation } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { todayIsoDate } from "@/lib/core/dates";
import { createCareScenario } from "@/prisma/care-factories";
import { createTestClinic, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { patientEverything, readPatient, searchObservations } from "./api";

/** The route handlers called as Next calls them: a Request in, a Response out, against the real database. */
let clinicA: TestClinic;
let clinicB: TestClinic;
let ownPatient: string;
let foreignPatient: string;
let token: string;
let keyId: string;

const today = todayIsoDate();
const BASE = "http://localhost/fhir/R4";
const get = (path: string, key: string | null = token) => new Request(`${BASE}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

async function scenario(clinic: TestClinic, lastName: string) {
  const { patientId } = await createCareScenario(testDb, today, {
    clinicId: clinic.clinicId,
    clinicianId: clinic.scope.actorId,
    patient: { firstName: "Api", lastName, recordNumber: `API-${randomUUID().slice(0, 8)}` },
    phase: "SUBACUTE",
    onsetDaysAgo: 20,
    programs: [{ daysAgo: 5, items: [{ exerciseCode: "EX03", sets: 3, holdSeconds: 30, perWeek: 7 }] }],
    logs: [{ daysAgo: 1, painDuring: 2 }],
    assessments: [{ daysAgo: 3, restPain: 4 }],
  });
  return patientId;
}

const readsOf = (patientId: string) =>
  testDb.auditEvent.findMany({ where: { patientId, actorId: keyId }, orderBy: { id: "asc" }, select: { action: true, entityType: true, clinicId: true } });

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
  ownPatient = await scenario(clinicA, "Own");
  foreignPatient = await scenario(clinicB, "Foreign");
  const key = await createApiKey(clinicA.scope, { name: "Handler test" });
  if (!key.ok) throw new Error("key not created");
  token = key.value.token;
  keyId = key.value.id;
});

afterAll(async () => {
  await testDb.$disconnect();
});

describe("GET Patient/{id}", () => {
  it("answers the key's clinic's patient as FHIR JSON, and audits the read as the key", async () => {
    const response = await readPatient(get(`/Patient/${ownPatient}`), ownPatient);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    expect(await response.json()).toMatchObject({ resourceType: "Patient", id: ownPatient, name: [{ family: "Own" }] });
    expect(await readsOf(ownPatient)).toEqual([{ action: "READ", entityType: "Patient", clinicId: clinicA.clinicId }]);
  });

  it("answers the other clinic's patient, a made-up id and a malformed id with the same 404, and audits nothing", async () => {
    const bodies = new Set<string>();
    for (const id of [foreignPatient, randomUUID(), "not-an-id", "../../etc"]) {
      const response = await readPatient(get(`/Patient/${id}`), id);
      expect(response.status, id).toBe(404);
      const body = (await response.json()) as { resourceType: string; issue: { code: string; diagnostics: string }[] };
      expect(body.resourceType).toBe("OperationOutcome");
      bodies.add(body.issue[0]!.diagnostics.replace(id, "<id>"));
    }
    expect(bodies.size).toBe(1);
    expect(await testDb.auditEvent.count({ where: { actorId: keyId, patientId: foreignPatient } })).toBe(0);
  });

  it("checks the key before anything else: no key or a revoked one gets 401 whatever the id", async () => {
    for (const id of [ownPatient, foreignPatient, "not-an-id"]) expect((await readPatient(get(`/Patient/${id}`, null), id)).status).toBe(401);
    const other = await createApiKey(clinicA.scope, { name: "Soon revoked" });
    if (!other.ok) throw new Error("key not created");
    expect((await readPatient(get(`/Patient/${ownPatient}`, other.value.token), ownPatient)).status).toBe(200);
    await revokeApiKey(clinicA.scope, { apiKeyId: other.value.id });
    const revoked = await readPatient(get(`/Patient/${ownPatient}`, other.value.token), ownPatient);
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toContain('error="invalid_token"');
  });
});

describe("GET Patient/{id}/$everything", () => {
  it("streams the patient's whole record as a Bundle with fullUrls under the base, audited as an export", async () => {
    const response = await patientEverything(get(`/Patient/${ownPatient}/$everything`), ownPatient);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    const bundle = (await response.json()) as Bundle;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = new Set(bundle.entry!.map((entry) => entry.resource!.resourceType));
    expect(types).toContain("Patient");
    expect(types).toContain("Observation");
    for (const entry of bundle.entry!) expect(entry.fullUrl).toBe(`${BASE}/${entry.resource!.resourceType}/${entry.resource!.id}`);
    expect(JSON.stringify(bundle)).not.toContain(foreignPatient);
    expect((await readsOf(ownPatient)).at(-1)).toEqual({ action: "EXPORT", entityType: "Patient", clinicId: clinicA.clinicId });
    expect((await patientEverything(get(`/Patient/${foreignPatient}/$everything`), foreignPatient)).status).toBe(404);
  });
});

describe("GET Observation", () => {
  it("needs patient: 400 without it", async () => {
    const response = await searchObservations(get("/Observation"));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "required" }] });
  });

  it("answers the patient's Observations as a searchset, narrowed by code, and audits the search", async () => {
    const all = (await (await searchObservations(get(`/Observation?patient=${ownPatient}`))).json()) as Bundle<Observation>;
    expect(all).toMatchObject({ resourceType: "Bundle", type: "searchset" });
    expect(all.total).toBe(all.entry!.length);
    expect(all.total).toBeGreaterThan(0);
    for (const entry of all.entry!) {
      expect(entry.resource!.resourceType).toBe("Observation");
      expect(entry.search).toEqual({ mode: "match" });
    }

    const pain = (await (await searchObservations(get(`/Observation?patient=Patient/${ownPatient}&code=http://loinc.org|72514-3`))).json()) as Bundle<Observation>;
    expect(pain.total).toBeGreaterThan(0);
    expect(pain.total).toBeLessThan(all.total!);
    for (const entry of pain.entry!) expect(entry.resource!.code!.coding).toContainEqual(expect.objectContaining({ system: "http://loinc.org", code: "72514-3" }));
    const bare = (await (await searchObservations(get(`/Observation?patient=${ownPatient}&code=72514-3`))).json()) as Bundle<Observation>;
    expect(bare.total).toBe(pain.total);
    const none = (await (await searchObservations(get(`/Observation?patient=${ownPatient}&code=http://loinc.org|0000-0`))).json()) as Bundle<Observation>;
    expect(none.total).toBe(0);

    expect((await readsOf(ownPatient)).filter((event) => event.entityType === "Observation")).toHaveLength(4);
  });

  it("answers another clinic's patient with 404", async () => {
    expect((await searchObservations(get(`/Observation?patient=${foreignPatient}`))).status).toBe(404);
  });
});
