/**
 * The app as a clinic network runs it: many clients at once, and two `next start` instances on one
 * database. Every guarantee lives in PostgreSQL (unique keys, row locks, counted sign-in failures),
 * so it holds across instances: nothing is lost, nothing is stored twice, the sign-in lock is shared.
 */
import type { APIRequestContext } from "@playwright/test";
import { todayIsoDate } from "@/lib/core/dates";
import { ERROR_MESSAGES } from "@/lib/core/errors";
import { itemFromLibrary, toItemFields } from "@/lib/programs/items";
import { createCareScenario } from "@/prisma/care-factories";
import { createPrismaClient, createUser, hashForTests } from "@/prisma/factories";
import { ACCOUNTS, PASSWORD, unique } from "./fixtures/accounts";
import { builtActions, callAction, pageUrl, signedInRequest, signInThroughApi, type BuiltAction } from "./fixtures/action-calls";
import { startAppServer } from "./fixtures/app-server";
import { expect, test } from "./fixtures/roles";

const CLIENTS = 20;
const LOGS_PER_CLIENT = 250;
const today = todayIsoDate();

test.describe.configure({ mode: "serial" });

test.describe("several clients and two instances on one database", () => {
  const db = createPrismaClient();
  const actions = builtActions();
  const action = (name: string): BuiltAction => actions.find((candidate) => candidate.key.endsWith(`#${name}`))!;
  let second: { stop: () => Promise<void> } | undefined;
  /** The two instances' origins: cookies are per host, not per port, so one session works on both. */
  let origins: [string, string];
  type Client = { email: string; episodeId: string; programItem: string };
  /** One portal patient per client (the first also serves the tests below), each with a one-exercise program. */
  let clients: Client[] = [];
  let requests: APIRequestContext[] = [];

  test.beforeAll(async ({ baseURL }) => {
    test.setTimeout(180_000);
    const port = Number(new URL(baseURL!).port) + 50;
    second = await startAppServer(port, {});
    origins = [baseURL!, `http://localhost:${port}`];

    const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
    const clinician = await db.user.findUniqueOrThrow({ where: { email: ACCOUNTS.northsideClinician.email }, select: { id: true } });
    const passwordHash = await hashForTests();
    clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, index) => {
        const u = `${unique()}${index}`;
        const email = `instances.${u.toLowerCase()}@patient.example`;
        const care = await createCareScenario(db, today, {
          clinicId: clinic.id,
          clinicianId: clinician.id,
          patient: { firstName: "Many", lastName: `Clients${u}`, recordNumber: `MC-${u}` },
          portalAccount: { email, passwordHash },
          phase: "SUBACUTE",
          onsetDaysAgo: 20,
          programs: [{ daysAgo: 5, items: [{ exerciseCode: "EX03", sets: 5, holdSeconds: 10, perWeek: 7 }] }],
        });
        const item = await db.programItem.findFirstOrThrow({ where: { program: { episodeId: care.episodeId } }, select: { id: true } });
        return { email, episodeId: care.episodeId, programItem: String(item.id) };
      }),
    );
  });

  test.afterAll(async () => {
    await Promise.all(requests.map((request) => request.dispose()));
    await second?.stop();
    await db.$disconnect();
  });

  test(`${CLIENTS} patients logging ${LOGS_PER_CLIENT} sessions each through the action, half on each instance, store exactly ${CLIENTS * LOGS_PER_CLIENT}`, async ({ playwright }) => {
    test.setTimeout(600_000);
    const logExercise = action("logExerciseAction");
    requests = await Promise.all(clients.map((client, index) => signedInRequest(playwright.request, origins[index % 2]!, client.email)));
    const failures: string[] = [];
    const started = Date.now();
    await Promise.all(
      requests.map(async (request, index) => {
        for (let log = 0; log < LOGS_PER_CLIENT; log++) {
          const answer = await callAction(request, pageUrl(logExercise.pages[0]!, {}), logExercise.id, {
            programItemId: clients[index]!.programItem,
            idempotencyKey: crypto.randomUUID(),
            performedOn: today,
          });
          if ((answer.result?.data as { ok?: boolean } | undefined)?.ok !== true) failures.push(JSON.stringify(answer.result));
        }
      }),
    );
    console.log(`${CLIENTS * LOGS_PER_CLIENT} logs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(failures.slice(0, 3)).toEqual([]);
    expect(await db.exerciseLog.count({ where: { episodeId: { in: clients.map((client) => client.episodeId) } } })).toBe(CLIENTS * LOGS_PER_CLIENT);
  });

  test("a double submit split across the two instances stores once, and both answer with that log", async ({ playwright }) => {
    const logExercise = action("logExerciseAction");
    const patient = clients[0]!;
    const [first, other] = await Promise.all(origins.map((origin) => signedInRequest(playwright.request, origin, patient.email)));
    requests.push(first!, other!);
    const before = await db.exerciseLog.count({ where: { episodeId: patient.episodeId } });
    const input = { programItemId: patient.programItem, idempotencyKey: crypto.randomUUID(), performedOn: today };
    const answers = await Promise.all([first!, other!].map((request) => callAction(request, pageUrl(logExercise.pages[0]!, {}), logExercise.id, input)));
    const ids = answers.map((answer) => (answer.result?.data as { ok: boolean; value: { id: string } }).value.id);
    expect(ids[0]).toBe(ids[1]);
    expect(await db.exerciseLog.count({ where: { episodeId: patient.episodeId } })).toBe(before + 1);
  });

  test("two saves of one program on the two instances give one version and one conflict message", async ({ playwright }) => {
    const saveProgram = action("saveProgramAction");
    const patient = clients[0]!;
    const clinicians = await Promise.all(origins.map((origin) => signedInRequest(playwright.request, origin, ACCOUNTS.northsideClinician.email)));
    requests.push(...clinicians);
    const input = { episodeId: patient.episodeId, baseVersion: 1, note: "", items: [toItemFields(itemFromLibrary("EX25"))] };
    const answers = await Promise.all(clinicians.map((request) => callAction(request, pageUrl(saveProgram.pages[0]!, { patientId: "x", episodeId: patient.episodeId }), saveProgram.id, input)));
    const outcomes = answers.map((answer) => ((answer.result?.data as { ok?: boolean } | undefined)?.ok ? "saved" : answer.result?.serverError)).toSorted();
    expect(outcomes, JSON.stringify(answers)).toEqual([ERROR_MESSAGES.CONFLICT, "saved"].toSorted());
    expect(await db.program.count({ where: { episodeId: patient.episodeId } })).toBe(2);
  });

  test("the sign-in lock counts failures from both instances and holds on both", async ({ playwright }) => {
    const clinic = await db.clinic.findFirstOrThrow({ where: { name: "Northside Physio" }, select: { id: true } });
    const email = `lock.${unique().toLowerCase()}@northside.example`;
    await createUser(db, { clinicId: clinic.id, email, name: "Locked Out", role: "CLINICIAN", passwordHash: await hashForTests() });
    const signIn = async (origin: string, password: string) => {
      const { request, signedIn } = await signInThroughApi(playwright.request, origin, email, password);
      requests.push(request);
      return signedIn;
    };
    // Ten wrong passwords, alternating instances, reach the limit (MAX_FAILED_SIGN_INS in session-policy.ts).
    for (let attempt = 0; attempt < 10; attempt++) expect(await signIn(origins[attempt % 2]!, "wrong-password-123")).toBe(false);
    for (const origin of origins) expect(await signIn(origin, PASSWORD), `locked on ${origin}`).toBe(false);
  });
});
