/**
 * Demo diary: for every demo patient with an active episode and a program, weeks of exercise logs
 * tied to the program version in force on each day, next-morning pain on most exercise days, a few
 * cramps, and a LEFS about every three weeks — so the progress charts have a story to tell.
 * Jordan Lee (N-1001) logs about 80 % of sessions, his pain falls from 5/10 towards 1/10 and his LEFS
 * rises by at least 9 points (the MCID, domain.md §1.5) each time. Exactly one cramp in the whole seed
 * carries systemic symptoms (the R-CRAMP red flag), and never Jordan's.
 *
 * Deterministic: its own seeded faker (so the patients, assessments and episodes seeded before it
 * never change) and dates counted back from today. Fast: a handful of bulk inserts.
 */
import { Faker, en } from "@faker-js/faker";
import { addDays, daysBetween, eachDay, toIsoDate } from "../lib/core/calendar";
import type { Dose } from "../lib/programs/load";
import { sessionsOn } from "../lib/programs/schedule";
import { todayIsoDate } from "../lib/core/dates";
import type { CrampContext, MuscleSite, Phase, Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { JORDAN_LEE_RECORD } from "./seed-assessments";
import { insertExerciseLogs, insertLefsAnswers, insertMorningPains, type SeedLefsAnswer, type SeedLog, type SeedMorningPain } from "./seed-diary-insert";

const day = toIsoDate;
const at = (isoDay: string, time: string) => new Date(`${isoDay}T${time}Z`);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Days between LEFS questionnaires in the demo: about every 3 weeks, a clinic's usual rhythm [design]. */
const LEFS_EVERY_DAYS = 21;
/** The highest pain during exercise a demo patient logs in each phase: within R-PAIN's limits (domain.md §6 [S11] [S45]). */
const DEMO_PAIN_CEILING: Record<Phase, number> = { ACUTE: 1, SUBACUTE: 1, PREVENTION: 4 };
/** Jordan's LEFS totals, each at least 9 points (the MCID [S40]) above the one before. */
const JORDAN_LEFS = [34, 46, 57, 66, 72, 77] as const;
/** LEFS items scored higher first: walking and light tasks recover before running, turning and hopping. */
const LEFS_EASIEST_FIRST = [4, 20, 8, 15, 10, 3, 5, 11, 1, 14, 13, 12, 7, 6, 9, 2, 16, 17, 19, 18] as const;

type SeedItem = Pick<Dose, "sets" | "reps" | "holdSeconds" | "loadKg" | "perWeek" | "perDay" | "everyDays"> & { id: bigint; exerciseCode: string };

/** A LEFS total spread over its 20 items (0–4 each), harder items lower; the answers sum to the total. */
export function lefsAnswers(total: number): { item: number; score: number }[] {
  const base = Math.floor(total / 20);
  const extra = total - base * 20;
  return LEFS_EASIEST_FIRST.map((item, rank) => ({ item, score: Math.min(4, base + (rank < extra ? 1 : 0)) }));
}

export async function insertDemoDiary(
  db: PrismaClient,
  patientIds: readonly string[],
  today = todayIsoDate(),
): Promise<{ logs: number; morningPains: number; cramps: number; lefs: number }> {
  const faker = new Faker({ locale: [en] });
  faker.seed(606);
  const int = (min: number, max: number) => faker.number.int({ min, max });
  const chance = (probability: number) => faker.datatype.boolean({ probability });

  const episodes = await db.episode.findMany({
    where: { patientId: { in: [...patientIds] }, status: "ACTIVE", patient: { status: "ACTIVE" }, programs: { some: {} } },
    orderBy: { patient: { recordNumber: "asc" } },
    select: {
      id: true,
      clinicId: true,
      patientId: true,
      clinicianId: true,
      patient: { select: { recordNumber: true } },
      assessments: {
        orderBy: { assessedOn: "asc" },
        select: { assessedOn: true, measurements: { where: { measureCode: "nprs", context: "rest" }, select: { value: true } } },
      },
      programs: {
        orderBy: { version: "asc" },
        select: {
          id: true,
          phase: true,
          createdAt: true,
          items: { select: { id: true, exerciseCode: true, sets: true, reps: true, holdSeconds: true, loadKg: true, perWeek: true, perDay: true, everyDays: true } },
        },
      },
    },
  });

  const yesterday = addDays(today, -1);
  const logs: SeedLog[] = [];
  const mornings: SeedMorningPain[] = [];
  const cramps: Prisma.CrampEntryCreateManyInput[] = [];
  const questionnaires: Prisma.LefsQuestionnaireCreateManyInput[] = [];
  const answers: SeedLefsAnswer[] = [];
  let redFlagGiven = false;

  for (const episode of episodes) {
    const jordan = episode.patient.recordNumber === JORDAN_LEE_RECORD;
    const owner = { clinicId: episode.clinicId, patientId: episode.patientId, episodeId: episode.id };
    const versions = episode.programs.map((program) => ({ ...program, from: day(program.createdAt) }));
    const first = versions[0]!.from;
    if (first > yesterday) continue;
    const span = Math.max(1, daysBetween(first, yesterday));
    // How often the patient exercises at all on a day; on those days a session is skipped now and then.
    const adherence = jordan ? 0.8 : faker.number.float({ min: 0.55, max: 0.95 });
    const dayRate = Math.min(1, adherence / 0.92);
    const [painStart, painEnd] = jordan ? [5, 1] : [int(3, 6), int(0, 2)];
    const painOn = (isoDay: string) => painStart + ((painEnd - painStart) * daysBetween(first, isoDay)) / span;
    const restRatings = episode.assessments.flatMap(({ assessedOn, measurements }) => measurements.map(({ value }) => ({ on: day(assessedOn), pain: value })));
    let lastMorning: { on: string; pain: number } | null = null;
    /** R-PAIN's "previous state" [S45]: the latest rest rating or next-morning answer before this session. */
    const previousState = (isoDay: string) =>
      [...restRatings.filter((rating) => rating.on <= isoDay), ...(lastMorning ? [lastMorning] : [])].sort((a, b) => a.on.localeCompare(b.on)).at(-1)?.pain ?? null;

    for (const isoDay of eachDay(first, yesterday)) {
      const version = versions.filter((candidate) => candidate.from <= isoDay).at(-1)!;
      if (!chance(dayRate)) continue;
      let loggedToday = false;
      for (const item of version.items as SeedItem[]) {
        // The portal's own spread (lib/programs/schedule.ts): the patient logs on the days shown as due.
        const due = sessionsOn(item, isoDay, version.from);
        for (let session = 0; session < due; session++) {
          if (!chance(0.92)) continue;
          loggedToday = true;
          const asPrescribed = chance(0.8);
          logs.push({
            ...owner,
            id: faker.string.uuid(),
            programId: version.id,
            programItemId: item.id,
            exerciseCode: item.exerciseCode,
            performedOn: isoDay,
            asPrescribed,
            sets: item.sets,
            reps: item.reps === null || asPrescribed ? item.reps : Math.max(1, item.reps - int(1, 3)),
            holdSeconds: item.holdSeconds,
            loadKg: item.loadKg,
            // One in five logs is a one-tap "done as prescribed" without a pain rating.
            // Demo patients keep to their phase's pain limit (R-PAIN); the caseload scenarios show those who do not.
            painDuring: chance(0.8) ? clamp(Math.round(painOn(isoDay) + int(-1, 1)), 0, DEMO_PAIN_CEILING[version.phase]) : null,
            idempotencyKey: faker.string.uuid(),
            createdAt: at(isoDay, `${String(17 + session).padStart(2, "0")}:30:00`),
          });
        }
      }
      if (loggedToday && chance(0.85)) {
        // Recovering as planned: the next morning is never worse than the state before the session.
        const previous = previousState(isoDay);
        const pain = Math.min(clamp(Math.round(painOn(isoDay) - 0.5 + int(-1, 1)), 0, 10), previous ?? 10);
        mornings.push({ ...owner, id: faker.string.uuid(), sessionDate: isoDay, pain, recordedAt: at(addDays(isoDay, 1), "07:30:00") });
        lastMorning = { on: addDays(isoDay, 1), pain };
      }
    }

    const crampContexts: CrampContext[] = jordan
      ? ["POST_EXERCISE", "NIGHT_SLEEP", "DURING_EXERCISE"]
      : Array.from({ length: int(1, 4) }, () => faker.helpers.arrayElement(["NIGHT_SLEEP", "NIGHT_SLEEP", "POST_EXERCISE", "DURING_EXERCISE", "REST_SITTING", "REST_LYING_AWAKE", "OTHER"] as const));
    crampContexts.forEach((context, index) => {
      const night = context === "NIGHT_SLEEP" || context === "REST_LYING_AWAKE";
      // Night cramps are mostly calf or foot; a hamstring night cramp is atypical (domain.md §1.6, [S44]).
      const muscleSite: MuscleSite = night ? faker.helpers.arrayElement(["CALF", "CALF", "FOOT"] as const) : faker.helpers.arrayElement(["HAMSTRING_MEDIAL", "HAMSTRING_LATERAL", "HAMSTRING_UNSPECIFIED", "CALF"] as const);
      const onsetDay = addDays(first, Math.floor(((index + 0.5) * span) / crampContexts.length));
      const redFlag = !redFlagGiven && !jordan && episode.patient.recordNumber.startsWith("H-");
      redFlagGiven ||= redFlag;
      cramps.push({
        clinicId: episode.clinicId,
        patientId: episode.patientId,
        episodeId: episode.id,
        onsetAt: at(onsetDay, night ? "02:40:00" : "18:15:00"),
        context,
        muscleSite,
        side: faker.helpers.arrayElement(["LEFT", "RIGHT"] as const),
        durationSeconds: night ? int(30, 480) : int(10, 180),
        severity: int(2, 7),
        stoppedActivity: context === "DURING_EXERCISE" ? chance(0.6) : false,
        reliefMethods: [faker.helpers.arrayElement(["STATIC_STRETCH", "STATIC_STRETCH", "MASSAGE", "WALKING"] as const)],
        fluidIntakeMl: chance(0.5) ? int(10, 30) * 100 : null,
        sleepDisrupted: night ? true : null,
        systemicSymptoms: redFlag,
        idempotencyKey: faker.string.uuid(),
        createdAt: at(onsetDay, "20:00:00"),
      });
    });

    let total = jordan ? JORDAN_LEFS[0] : int(28, 52);
    for (let round = 0, lefsDay = addDays(first, 1); lefsDay <= yesterday; round++, lefsDay = addDays(lefsDay, LEFS_EVERY_DAYS)) {
      if (round > 0) total = jordan ? (JORDAN_LEFS[round] ?? 78) : Math.min(80, total + int(3, 10));
      const id = faker.string.uuid();
      questionnaires.push({
        id,
        ...owner,
        requestedById: episode.clinicianId,
        requestedAt: at(lefsDay, "09:00:00"),
        completedAt: at(lefsDay, "19:00:00"),
        total,
      });
      answers.push(...lefsAnswers(total).map((answer) => ({ questionnaireId: id, ...answer, answeredAt: at(lefsDay, "19:00:00") })));
    }
  }

  await insertExerciseLogs(db, logs);
  await insertMorningPains(db, mornings);
  await db.crampEntry.createMany({ data: cramps });
  await db.lefsQuestionnaire.createMany({ data: questionnaires });
  await insertLefsAnswers(db, answers);
  return { logs: logs.length, morningPains: mornings.length, cramps: cramps.length, lefs: questionnaires.length };
}
