import { row } from "@/scripts/testing/measurement-row-builder";
import type { Dose } from "@/lib/programs/load";
import type { ExerciseLogRecord, PatientRecord, ProgramItemRecord } from "@/lib/fhir/record";

/**
 * A PatientRecord for the FHIR mappers' tests, built to reach every branch: a finished episode that
 * went ACUTE → SUBACUTE → PREVENTION and was on hold once, an active one; assessments with bilateral
 * values, AKE, the modified Thomas test, an MMT grade with pain on testing, an HHD pair (LSI), leg
 * lengths (LLD), NPRS in two contexts and impairment findings; two versions of one program and one of
 * another with every kind of dose; sessions, morning pain, cramps, a completed and a pending LEFS.
 */
export const uuid = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, "0")}`;

export const IDS = {
  clinic: uuid(1),
  patient: uuid(2),
  alice: uuid(3),
  bob: uuid(4),
  /** On the clinic's staff but named by nothing in the record: must not be exported. */
  carol: uuid(5),
  finishedEpisode: uuid(10),
  activeEpisode: uuid(11),
  firstAssessment: uuid(20),
  secondAssessment: uuid(21),
  programV1: uuid(30),
  programV2: uuid(31),
  otherProgram: uuid(32),
  completedLefs: uuid(40),
  pendingLefs: uuid(41),
} as const;

const NO_DOSE: Dose = { sets: null, reps: null, holdSeconds: null, loadKg: null, perWeek: null, perDay: null, everyDays: null, durationSeconds: null, distanceM: null };

const item = (id: string, position: number, exerciseCode: string, exerciseName: string, dose: Partial<Dose>, extra: Partial<ProgramItemRecord> = {}): ProgramItemRecord => ({
  ...NO_DOSE,
  ...dose,
  id,
  position,
  exerciseCode,
  exerciseName,
  notes: null,
  rationale: null,
  patientReason: null,
  ...extra,
});

const STRETCH = "Static hamstring stretch (standing, heel on table, flat back)";

export function fixtureRecord(): PatientRecord {
  return {
    clinic: { id: IDS.clinic, name: "Riverside Physio", timeZone: "UTC" },
    patient: {
      id: IDS.patient,
      recordNumber: "R-0042",
      firstName: "Jane",
      lastName: "Runner",
      dateOfBirth: "1994-06-15",
      sex: "FEMALE",
      email: "jane@example.org",
      phone: "",
      status: "ACTIVE",
      updatedAt: "2024-05-03T08:00:00.000Z",
    },
    staff: [
      { id: IDS.alice, name: "Alice Physio", role: "CLINICIAN" },
      { id: IDS.bob, name: "Bob Admin", role: "ADMIN" },
      { id: IDS.carol, name: "Carol Elsewhere", role: "CLINICIAN" },
    ],
    episodes: [
      {
        id: IDS.finishedEpisode,
        diagnosis: "Left hamstring strain, biceps femoris",
        icd10Code: "S76.3",
        side: "LEFT",
        onsetDate: "2024-01-10",
        mechanism: "SPRINTING",
        status: "FINISHED",
        phase: "PREVENTION",
        clinicianId: IDS.alice,
        createdAt: "2024-01-12T09:00:00.000Z",
        phaseChanges: [
          { fromPhase: null, toPhase: "ACUTE", changedAt: "2024-01-12T09:00:00.000Z", changedById: IDS.alice, reason: null },
          { fromPhase: "ACUTE", toPhase: "SUBACUTE", changedAt: "2024-01-26T10:00:00.000Z", changedById: IDS.alice, reason: "Pain-free walking" },
          { fromPhase: "SUBACUTE", toPhase: "PREVENTION", changedAt: "2024-02-20T10:00:00.000Z", changedById: IDS.bob, reason: "Criteria met" },
        ],
        statusChanges: [
          { fromStatus: "ACTIVE", toStatus: "ON_HOLD", changedAt: "2024-02-01T08:00:00.000Z", changedById: IDS.alice },
          { fromStatus: "ON_HOLD", toStatus: "ACTIVE", changedAt: "2024-02-05T08:00:00.000Z", changedById: IDS.alice },
          { fromStatus: "ACTIVE", toStatus: "FINISHED", changedAt: "2024-03-15T12:00:00.000Z", changedById: IDS.alice },
        ],
      },
      {
        id: IDS.activeEpisode,
        diagnosis: "Right hamstring strain",
        icd10Code: "S76.311A",
        side: "RIGHT",
        onsetDate: "2024-05-01",
        mechanism: "STRETCHING",
        status: "ACTIVE",
        phase: "SUBACUTE",
        clinicianId: IDS.alice,
        createdAt: "2024-05-02T09:00:00.000Z",
        phaseChanges: [
          { fromPhase: null, toPhase: "ACUTE", changedAt: "2024-05-02T09:00:00.000Z", changedById: IDS.alice, reason: null },
          { fromPhase: "ACUTE", toPhase: "SUBACUTE", changedAt: "2024-05-10T09:00:00.000Z", changedById: IDS.alice, reason: null },
        ],
        statusChanges: [],
      },
    ],
    assessments: [
      {
        id: IDS.firstAssessment,
        patientId: IDS.patient,
        episodeId: IDS.finishedEpisode,
        involvedSide: "LEFT",
        assessedOn: "2024-01-12",
        acutePhase: true,
        clinicianId: IDS.alice,
        clinicianName: "Alice Physio",
        bodyMassKg: 70,
        notes: "",
        version: 1,
        corrections: [],
        rows: [
          row("ake-knee-flex-angle", "LEFT", 34, { method: "goniometer" }),
          row("ake-knee-flex-angle", "RIGHT", 12, { method: "goniometer" }),
          row("mtt-hip-angle", "LEFT", 5, { method: "inclinometer" }),
          row("mtt-knee-angle", "LEFT", 60, { method: "inclinometer" }),
          row("mtt-pelvis-controlled", "LEFT", 1),
          row("mtt-hip-angle", "RIGHT", -10, { method: "inclinometer" }),
          row("mtt-knee-angle", "RIGHT", 70, { method: "inclinometer" }),
          row("mtt-pelvis-controlled", "RIGHT", 1),
          row("mmt-hip-abd", "LEFT", 7, { flag: true }),
          row("mmt-hip-abd", "RIGHT", 12, { flag: false }),
          row("hhd-hip-ext", "LEFT", 200, { method: "hhd-fixed" }),
          row("hhd-hip-ext", "RIGHT", 300, { method: "hhd-fixed" }),
          row("leg-length-true", "LEFT", 88, { method: "tape" }),
          row("leg-length-true", "RIGHT", 90.5, { method: "tape" }),
          row("leg-length-apparent", "LEFT", 95, { method: "umbilicus" }),
          row("leg-length-apparent", "RIGHT", 95.5, { method: "umbilicus" }),
          row("nprs", "NONE", 3, { context: "rest" }),
          row("nprs", "NONE", 8, { context: "activity" }),
          row("iliac-crest-diff", "NONE", 5, { method: "palm", context: "LEFT" }),
          row("sit-reach", "NONE", -10, { method: "zero-at-feet" }),
        ],
      },
      {
        id: IDS.secondAssessment,
        patientId: IDS.patient,
        episodeId: IDS.activeEpisode,
        involvedSide: "RIGHT",
        assessedOn: "2024-05-02",
        acutePhase: true,
        clinicianId: IDS.alice,
        clinicianName: "Alice Physio",
        bodyMassKg: null,
        notes: "",
        version: 2,
        corrections: [],
        rows: [
          row("ake-knee-flex-angle", "RIGHT", 25, { method: "inclinometer" }),
          row("slr-passive-hip-flex", "RIGHT", 70, { method: "inclinometer-tibia" }),
          row("mmt-knee-flex", "RIGHT", 9),
          row("mmt-knee-flex", "LEFT", 12),
        ],
      },
    ],
    programs: [
      {
        id: IDS.programV1,
        episodeId: IDS.finishedEpisode,
        version: 1,
        phase: "ACUTE",
        note: "Protect, then load",
        createdById: IDS.alice,
        createdAt: "2024-01-12T10:00:00.000Z",
        items: [
          item("101", 1, "EX12", STRETCH, { sets: 3, holdSeconds: 30, perDay: 2 }, { rationale: "Left hamstring flexibility: AKE 34° → Static hamstring stretch" }),
          item("102", 2, "EX10", "Supine bent-knee bridge, isometric", { sets: 3, reps: 10, holdSeconds: 10, perWeek: 3 }),
          item("103", 3, "EX09", "Side body bridge (side plank)", { sets: 2, reps: 5, holdSeconds: 20, perWeek: 3, perDay: 2 }, { notes: "Knees bent to start" }),
          item("104", 4, "EX01", "Protection and relative rest (PEACE)", {}),
        ],
      },
      {
        id: IDS.programV2,
        episodeId: IDS.finishedEpisode,
        version: 2,
        phase: "SUBACUTE",
        note: null,
        createdById: IDS.bob,
        createdAt: "2024-01-26T11:00:00.000Z",
        items: [
          item("105", 1, "EX25", "Glute bridge, two-leg (dynamic)", { sets: 3, reps: 10, loadKg: 20, perWeek: 3 }, {
            rationale: "Hip extension (HHD) limb symmetry 67 % → Glute bridge",
            patientReason: "to strengthen your left buttock muscles, which tested weaker than the other side",
          }),
          item("106", 2, "EX15", "Askling L2 “Diver”", { sets: 3, reps: 6, everyDays: 2 }),
          item("107", 3, "EX05", "Stationary bike", { sets: 1, durationSeconds: 600, perWeek: 5 }),
          item("108", 4, "EX12", STRETCH, { sets: 3, holdSeconds: 30, perDay: 2 }),
        ],
      },
      {
        id: IDS.otherProgram,
        episodeId: IDS.activeEpisode,
        version: 1,
        phase: "SUBACUTE",
        note: null,
        createdById: IDS.alice,
        createdAt: "2024-05-02T10:00:00.000Z",
        items: [
          item("109", 1, "EX12", STRETCH, { sets: 3, holdSeconds: 30, perWeek: 7 }),
          item("110", 2, "EX14", "Askling L1 “Extender”", { sets: 3, reps: 12, everyDays: 2, perDay: 2 }),
          item("111", 3, "EX24", "Progressive running", { sets: 4, distanceM: 400, perWeek: 2 }),
        ],
      },
    ],
    exerciseLogs: [
      log("0", IDS.programV2, "105", "EX25", "2024-01-29", { sets: 3, reps: 10, loadKg: 20, painDuring: 2, note: "Felt fine" }),
      log("1", IDS.programV2, "108", "EX12", "2024-01-29", { asPrescribed: false, sets: 2, holdSeconds: 20 }),
      log("2", IDS.otherProgram, "110", "EX14", "2024-05-04", {}),
    ],
    morningPains: [{ id: uuid(60), episodeId: IDS.finishedEpisode, sessionDate: "2024-01-29", pain: 2, recordedAt: "2024-01-30T07:30:00.000Z" }],
    cramps: [
      {
        id: uuid(70),
        episodeId: IDS.activeEpisode,
        onsetAt: "2024-05-05T23:10:00.000Z",
        context: "NIGHT_SLEEP",
        muscleSite: "HAMSTRING_MEDIAL",
        side: "BOTH",
        durationSeconds: 90,
        severity: 6,
        stoppedActivity: false,
        reliefMethods: ["STATIC_STRETCH", "MASSAGE"],
        fluidIntakeMl: 1500,
        sleepDisrupted: true,
        systemicSymptoms: false,
        popFelt: false,
        bruising: null,
        troubleStraightening: null,
        lastingTenderness: null,
        notes: "Woke me up",
        createdAt: "2024-05-06T07:00:00.000Z",
      },
    ],
    lefs: [
      {
        id: IDS.completedLefs,
        episodeId: IDS.finishedEpisode,
        requestedById: IDS.alice,
        requestedAt: "2024-01-12T10:05:00.000Z",
        completedAt: "2024-01-13T18:00:00.000Z",
        total: 50,
        answers: Array.from({ length: 20 }, (_, index) => ({ item: index + 1, score: index < 10 ? 3 : 2 })),
      },
      {
        id: IDS.pendingLefs,
        episodeId: IDS.activeEpisode,
        requestedById: IDS.alice,
        requestedAt: "2024-05-02T10:05:00.000Z",
        completedAt: null,
        total: null,
        answers: [
          { item: 1, score: 1 },
          { item: 2, score: 0 },
        ],
      },
    ],
  };
}

function log(n: string, programId: string, programItemId: string, exerciseCode: string, performedOn: string, extra: Partial<ExerciseLogRecord>): ExerciseLogRecord {
  return {
    id: uuid(500 + Number(n)),
    episodeId: programId === IDS.otherProgram ? IDS.activeEpisode : IDS.finishedEpisode,
    programId,
    programItemId,
    exerciseCode,
    performedOn,
    asPrescribed: true,
    sets: null,
    reps: null,
    holdSeconds: null,
    loadKg: null,
    painDuring: null,
    note: null,
    createdAt: `${performedOn}T19:00:00.000Z`,
    ...extra,
  };
}

/** The fixture with `count` more sessions of its active program, for the streaming test. */
export function fixtureWithManyLogs(count: number): PatientRecord {
  const record = fixtureRecord();
  for (let index = 0; index < count; index++) record.exerciseLogs.push(log(String(1000 + index), IDS.otherProgram, "109", "EX12", "2024-05-06", { sets: 3, holdSeconds: 30 }));
  return record;
}
