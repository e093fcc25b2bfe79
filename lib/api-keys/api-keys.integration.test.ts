import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ACTIVITY_PARAMS } from "@/lib/activity/activity-url";
import { getActivityFilters, listActivity } from "@/lib/activity/data";
import { authenticateApiKey } from "@/lib/core/auth/api-keys";
import { generateApiKeyToken } from "@/lib/core/auth/api-key-token";
import { AppError } from "@/lib/core/errors";
import { withApiKey } from "@/lib/fhir-api/handler";
import { recordApiRead } from "@/lib/fhir-api/mutations";
import { createPatient } from "@/lib/patients/mutations";
import { createTestClinic, patientFields, testDb, type TestClinic } from "@/scripts/testing/integration-fixtures";
import { listApiKeys } from "./data";
import { createApiKey, revokeApiKey } from "./mutations";

let clinicA: TestClinic;
let clinicB: TestClinic;

beforeAll(async () => {
  clinicA = await createTestClinic();
  clinicB = await createTestClinic();
});

afterAll(async () => {
  await testDb.$disconnect();
});

async function newKey(clinic: TestClinic, name = `Key ${randomUUID().slice(0, 8)}`) {
  const result = await createApiKey(clinic.scope, { name });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.value;
}

const bearer = (token: string) => `Bearer ${token}`;
const auditOf = (clinicId: string, entityId: string) =>
  testDb.auditEvent.findMany({ where: { clinicId, entityId }, orderBy: { id: "asc" }, select: { action: true, entityType: true, actorId: true, after: true } });

describe("creating a key", () => {
  it("returns the token once and stores only its SHA-256 and display prefix, audited without the token", async () => {
    const key = await newKey(clinicA, "EHR sync");
    expect(key.token).toMatch(new RegExp(`^rhb_${key.prefix}_[A-Za-z0-9_-]{43}$`));
    const row = await testDb.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(key.token).digest("hex"));
    const secret = key.token.split("_").slice(2).join("_");
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row).toMatchObject({ clinicId: clinicA.clinicId, name: "EHR sync", createdById: clinicA.scope.actorId, revokedAt: null, lastUsedAt: null });

    const listed = (await listApiKeys(clinicA.scope)).find((entry) => entry.id === key.id)!;
    expect(listed).toMatchObject({ name: "EHR sync", prefix: key.prefix, createdBy: "Test Clinician", lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toContain(row.tokenHash);
    expect(await listApiKeys(clinicB.scope)).toEqual([]);

    const audit = await auditOf(clinicA.clinicId, key.id);
    expect(audit).toEqual([{ action: "CREATE", entityType: "ApiKey", actorId: clinicA.scope.actorId, after: { name: "EHR sync", prefix: key.prefix } }]);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });
});

describe("authenticating a request", () => {
  it("turns a clinic's key into that clinic's scope, acting as the key, and records when it was used", async () => {
    const key = await newKey(clinicA);
    const result = await authenticateApiKey(bearer(key.token));
    expect(result).toMatchObject({ ok: true, scope: { clinicId: clinicA.clinicId, actorId: key.id } });
    const used = (await testDb.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt;
    expect(Math.abs(used!.getTime() - Date.now())).toBeLessThan(10_000);
    // Within the minute it is not written again.
    await authenticateApiKey(bearer(key.token));
    expect((await testDb.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt).toEqual(used);
  });

  it("refuses no header, a malformed one, a well-formed unknown key and a revoked key", async () => {
    expect(await authenticateApiKey(null)).toEqual({ ok: false, reason: "missing" });
    expect(await authenticateApiKey("Bearer not-a-key")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateApiKey(bearer(generateApiKeyToken().token))).toEqual({ ok: false, reason: "invalid" });

    const key = await newKey(clinicA);
    expect((await authenticateApiKey(bearer(key.token))).ok).toBe(true);
    expect(await revokeApiKey(clinicA.scope, { apiKeyId: key.id })).toEqual({ ok: true, value: { name: key.name, changed: true } });
    expect(await authenticateApiKey(bearer(key.token))).toEqual({ ok: false, reason: "invalid" });
  });

  it("answers 401 OperationOutcomes through the handler wrapper, which never reaches the handler", async () => {
    let reached = 0;
    const handle = async () => {
      reached++;
      return new Response("read");
    };
    const request = (authorization?: string) => new Request("http://localhost/fhir/R4/Patient/x", { headers: authorization ? { authorization } : {} });
    const missing = await withApiKey(request(), handle);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="rehabit-fhir"');
    const unknown = await withApiKey(request(bearer(generateApiKeyToken().token)), handle);
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(await unknown.json()).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "login" }] });
    expect(reached).toBe(0);

    const key = await newKey(clinicA);
    expect((await withApiKey(request(bearer(key.token)), handle)).status).toBe(200);
    expect(reached).toBe(1);
  });

  it("answers a 500 OperationOutcome without the error's text when the handler throws", async () => {
    const key = await newKey(clinicA);
    const failed = await withApiKey(new Request("http://localhost/fhir/R4/Patient/x", { headers: { authorization: bearer(key.token) } }), async () => {
      throw new Error("secret detail at /work/lib/x.ts:12");
    });
    expect(failed.status).toBe(500);
    expect(await failed.text()).not.toContain("secret detail");
  });
});

describe("revoking a key", () => {
  it("refuses another clinic's key and a made-up id as NOT_FOUND; a second revocation changes nothing; audited once", async () => {
    const key = await newKey(clinicA);
    await expect(revokeApiKey(clinicB.scope, { apiKeyId: key.id })).rejects.toEqual(new AppError("NOT_FOUND"));
    await expect(revokeApiKey(clinicA.scope, { apiKeyId: randomUUID() })).rejects.toEqual(new AppError("NOT_FOUND"));
    expect((await authenticateApiKey(bearer(key.token))).ok).toBe(true);

    expect(await revokeApiKey(clinicA.scope, { apiKeyId: key.id })).toEqual({ ok: true, value: { name: key.name, changed: true } });
    expect(await revokeApiKey(clinicA.scope, { apiKeyId: key.id })).toEqual({ ok: true, value: { name: key.name, changed: false } });
    const row = await testDb.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.revokedById).toBe(clinicA.scope.actorId);
    expect((await auditOf(clinicA.clinicId, key.id)).map((event) => event.action)).toEqual(["CREATE", "REVOKE"]);
    expect((await listApiKeys(clinicA.scope)).find((entry) => entry.id === key.id)).toMatchObject({ revokedBy: "Test Clinician" });
  });
});

describe("the rate limit", () => {
  /** Starts a test early in a minute, so its requests all fall in one window. */
  async function startOfAMinute() {
    const second = new Date().getUTCSeconds();
    if (second >= 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
  }

  it("admits exactly the limit of N+5 simultaneous requests of one key, and says when to retry", { timeout: 40_000 }, async () => {
    const limit = 10;
    const env = { REHABIT_API_REQUESTS_PER_MINUTE: String(limit) };
    const key = await newKey(clinicA);
    const other = await newKey(clinicA);
    await startOfAMinute();
    const results = await Promise.all(Array.from({ length: limit + 5 }, () => authenticateApiKey(bearer(key.token), env)));
    const admitted = results.filter((result) => result.ok).length;
    const refused = results.filter((result) => !result.ok && result.reason === "rate-limited");
    expect(admitted).toBe(limit);
    expect(refused).toHaveLength(5);
    for (const refusal of refused) {
      if (refusal.ok || refusal.reason !== "rate-limited") throw new Error("expected a rate-limited refusal");
      expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(refusal.limit).toBe(limit);
    }
    // Another key of the same clinic has its own window.
    expect((await authenticateApiKey(bearer(other.token), env)).ok).toBe(true);
  });

  it("starts again in the next minute", async () => {
    const key = await newKey(clinicA);
    const env = { REHABIT_API_REQUESTS_PER_MINUTE: "1" };
    await startOfAMinute();
    expect((await authenticateApiKey(bearer(key.token), env)).ok).toBe(true);
    expect((await authenticateApiKey(bearer(key.token), env)).ok).toBe(false);
    // As if the window had begun a minute earlier.
    await testDb.apiKeyRateWindow.update({ where: { apiKeyId: key.id }, data: { windowStart: new Date(Date.now() - 120_000) } });
    expect((await authenticateApiKey(bearer(key.token), env)).ok).toBe(true);
  });
});

describe("auditing API reads", () => {
  it("appends an event acted by the key, which the Activity page names 'API key: <name>'", async () => {
    const created = await createPatient(clinicA.scope, patientFields({ firstName: "Ada", lastName: "Apiread" }));
    if (!created.ok) throw new Error("patient not created");
    const key = await newKey(clinicA, "Registry export");
    const auth = await authenticateApiKey(bearer(key.token));
    if (!auth.ok) throw new Error("key refused");
    await recordApiRead(auth.scope, { action: "READ", entityType: "Patient", patientId: created.value.id });
    await recordApiRead(auth.scope, { action: "READ", entityType: "Observation", patientId: created.value.id });

    const page = await listActivity(clinicA.scope, { ...DEFAULT_ACTIVITY_PARAMS, actor: key.id });
    expect(page.rows.map((row) => [row.actor?.name, row.action, row.what, row.patient?.name, row.href])).toEqual([
      ["API key: Registry export", "READ", "Observations", "Apiread, Ada", `/patients/${created.value.id}/progress`],
      ["API key: Registry export", "READ", "Patient", "Apiread, Ada", `/patients/${created.value.id}`],
    ]);
    // The Person filter offers the key; the other clinic's Activity never shows it or its reads.
    expect((await getActivityFilters(clinicA.scope, null)).apiKeys).toContainEqual({ id: key.id, name: "Registry export" });
    expect((await getActivityFilters(clinicB.scope, null)).apiKeys).toEqual([]);
    expect((await listActivity(clinicB.scope, { ...DEFAULT_ACTIVITY_PARAMS, actor: key.id })).total).toBe(0);
  });
});
