/**
 * A sample of server actions called by their owners with random and hostile inputs against the real
 * database: one field of a valid input replaced (huge and unicode strings, NaN, ±∞, -0, nested objects,
 * prototype keys, other records' ids), or the whole input. Every answer is a success or a handled
 * refusal, never the unhandled-error message, and a refusal leaves every table as it was.
 */
import type { APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { todayIsoDate } from "@/lib/core/dates";
import { ERROR_MESSAGES } from "@/lib/core/errors";
import { emptyAssessment } from "@/lib/assessments/schema";
import { itemFromLibrary, toItemFields } from "@/lib/programs/items";
import { createCareScenario } from "@/prisma/care-factories";
import { createPrismaClient, hashForTests } from "@/prisma/factories";
import { ACCOUNTS, unique } from "./fixtures/accounts";
import { clinicExerciseInput, crampInput, patientInput } from "./fixtures/action-inputs";
import { builtActions, callAction, pageUrl, signedInRequest } from "./fixtures/action-calls";
import { databaseSnapshot } from "./fixtures/database-snapshot";
import { expect, test } from "./fixtures/roles";

const RUNS = 20;
const today = todayIsoDate();
const u = unique();

const HOSTILE: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1,
  "",
  "\u0000",
  "💥".repeat(500),
  "x".repeat(100_000),
  "$ACTION_ID",
  "2024-02-31",
  crypto.randomUUID(),
  null,
  undefined,
  [],
  { nested: { deeper: [1, "two"] } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

/** A valid input with one field replaced, a field added, or the whole input replaced by a hostile value. */
function hostileInputs(base: Record<string, unknown>): unknown[] {
  const anyValue = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 60 }), fc.double(), fc.integer());
  const keys = Object.keys(base);
  const arbitrary = fc.oneof(
    fc.record({ key: fc.constantFrom(...keys), value: anyValue }).map(({ key, value }) => ({ ...base, [key]: value })),
    fc.record({ key: fc.constantFrom("__proto__", "constructor", "extra"), value: anyValue }).map(({ key, value }) => Object.assign(JSON.parse(JSON.stringify(base)), JSON.parse(`{"${key}": ${JSON.stringify(value ?? null)}}`))),
    anyValue,
  );
  return fc.sample(arbitrary, { numRuns: RUNS, seed: 2026 });
}

type Owner = "clinician" | "admin" | "patient";
const SAMPLE: { key: string; owner: Owner; base: (ids: Record<string, string>) => Record<string, unknown> }[] = [
  {
    key: "lib/patients/actions.ts#createPatientAction",
    owner: "clinician",
    base: () => patientInput(`Patient${u}`, `FZ-${u}`),
  },
  {
    key: "lib/assessments/actions.ts#createAssessmentAction",
    owner: "clinician",
    base: (ids) => ({ ...emptyAssessment(ids.clinician!, today), bodyMassKg: "70", patientId: ids.patient, requestId: crypto.randomUUID() }),
  },
  {
    key: "lib/programs/actions.ts#saveProgramAction",
    owner: "clinician",
    base: (ids) => ({ episodeId: ids.episode, baseVersion: 1, note: "", items: [toItemFields(itemFromLibrary("EX03"))] }),
  },
  {
    key: "lib/portal/actions.ts#logExerciseAction",
    owner: "patient",
    base: (ids) => ({ programItemId: ids.programItem, idempotencyKey: crypto.randomUUID(), performedOn: today }),
  },
  {
    key: "lib/cramps/actions.ts#logCrampAction",
    owner: "patient",
    base: crampInput,
  },
  {
    key: "lib/exercises/actions.ts#createClinicExerciseAction",
    owner: "admin",
    base: () => ({ ...clinicExerciseInput(`Fuzz curl ${u}`), requestId: crypto.randomUUID() }),
  },
];

test.describe.configure({ mode: "serial" });

test.describe("server actions under hostile input", () => {
  const actions = builtActions();
  const ids: Record<string, string> = {};
  const owners = {} as Record<Owner, APIRequestContext>;

  test.beforeAll(async ({ playwright, baseURL }) => {
    test.setTimeout(120_000);
    const db = createPrismaClient();
    try {
      const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
      const clinician = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.northsideClinician.email }, select: { id: true } });
      const email = `fuzz.${u.toLowerCase()}@patient.example`;
      const care = await createCareScenario(db, today, {
        clinicId: clinic.id,
        clinicianId: clinician.id,
        patient: { firstName: "Fuzz", lastName: `Owner${u}`, recordNumber: `FO-${u}` },
        portalAccount: { email, passwordHash: await hashForTests() },
        phase: "SUBACUTE",
        onsetDaysAgo: 20,
        programs: [{ daysAgo: 5, items: [{ exerciseCode: "EX03", sets: 5, holdSeconds: 10, perWeek: 7 }] }],
      });
      const item = await db.programItem.findFirstOrThrow({ where: { program: { episodeId: care.episodeId } }, select: { id: true } });
      Object.assign(ids, { clinician: clinician.id, patient: care.patientId, episode: care.episodeId, programItem: String(item.id) });
      owners.patient = await signedInRequest(playwright.request, baseURL!, email);
    } finally {
      await db.$disconnect();
    }
    owners.clinician = await signedInRequest(playwright.request, baseURL!, ACCOUNTS.northsideClinician.email);
    owners.admin = await signedInRequest(playwright.request, baseURL!, ACCOUNTS.northsideAdmin.email);
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(owners).map((request) => request.dispose()));
  });

  for (const { key, owner, base } of SAMPLE) {
    test(key, async () => {
      test.setTimeout(120_000);
      const action = actions.find((candidate) => candidate.key === key)!;
      const url = pageUrl(action.pages[0]!, { patientId: ids.patient!, episodeId: ids.episode! });
      let before = await databaseSnapshot();
      for (const input of hostileInputs(base(ids))) {
        const answer = await callAction(owners[owner], url, action.id, input);
        const shown = JSON.stringify(input)?.slice(0, 200);
        expect(answer.status, `HTTP status for ${shown}`).toBe(200);
        expect(answer.result, `an answer for ${shown}`).not.toBeNull();
        expect(answer.result?.serverError, `no unhandled error for ${shown}`).not.toBe(ERROR_MESSAGES.INTERNAL);
        const data = answer.result?.data as { ok?: boolean } | undefined;
        const succeeded = data !== undefined && data.ok !== false && !answer.result?.serverError && !answer.result?.validationErrors;
        const after = await databaseSnapshot();
        if (!succeeded) expect(after, `a refused input changes no table: ${shown}`).toEqual(before);
        before = after;
      }
    });
  }
});
