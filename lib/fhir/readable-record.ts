import { isMeasureCode, measureByCode } from "@/lib/assessments/catalogue";
import { formatValue } from "@/lib/assessments/findings";
import { formatDateTime } from "@/lib/core/dates";
import { calendarDayIn } from "@/lib/core/time-zones";
import type { TextTableDTO } from "@/lib/core/text-table";
import { CRAMP_CONTEXT_LABELS, CRAMP_SIDE_LABELS, MUSCLE_SITE_LABELS } from "@/lib/cramps/labels";
import { doseDoneText, doseText } from "@/lib/diary/dose";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { LEFS_ITEMS } from "@/lib/lefs/items";
import type { PatientRecord } from "./record";

/**
 * The FHIR export's record in words, for the patient's printable "My data" page (right of access):
 * the same records as the Bundle, as headed tables a person can read, print or save as a PDF.
 */
export type ReadableTable = TextTableDTO;
export type ReadableSection = { heading: string; empty: string; tables: ReadableTable[] };

const SIDE = { LEFT: "Left", RIGHT: "Right", NONE: "", BOTH: "Both" } as const;
const STATUS = { ACTIVE: "Active", ON_HOLD: "On hold", FINISHED: "Finished" } as const;
/** An instant's calendar day in the reader's zone. */
type DayOf = (iso: string) => string;

function detailsTable({ patient, clinic }: PatientRecord): ReadableTable {
  const rows = [
    ["Name", `${patient.firstName} ${patient.lastName}`],
    ["Date of birth", patient.dateOfBirth],
    ["Record number", patient.recordNumber],
    ["Clinic", clinic.name],
    ["E-mail", patient.email],
    ["Phone", patient.phone],
  ].filter(([, value]) => value !== "");
  return { caption: "Your details", columns: ["Detail", "Recorded"], rows };
}

function episodeTables(record: PatientRecord, staffName: (id: string) => string, day: DayOf): ReadableTable[] {
  return record.episodes.map((episode) => ({
    caption: `${episode.diagnosis} (${SIDE[episode.side].toLowerCase()}), from ${episode.onsetDate} · ${STATUS[episode.status]} · ${staffName(episode.clinicianId)}`,
    columns: ["Date", "Phase", "Reason"],
    rows: episode.phaseChanges.map((change) => [day(change.changedAt), PHASE_LABELS[change.toPhase], change.reason ?? ""]),
  }));
}

function assessmentTables(record: PatientRecord): ReadableTable[] {
  return record.assessments.map((assessment) => ({
    caption: `Assessment on ${assessment.assessedOn} by ${assessment.clinicianName}`,
    columns: ["Measure", "Side", "Value", "Method"],
    rows: assessment.rows
      .filter((row) => isMeasureCode(row.measureCode))
      .map((row) => {
        const measure = measureByCode(row.measureCode);
        const context = [...(measure.contexts ?? []), ...(measure.choice?.options ?? [])].find((option) => option.value === row.context)?.label ?? row.context;
        const flag = measure.sideFlag && row.flag !== null ? `; ${measure.sideFlag.label.toLowerCase()}: ${row.flag ? "yes" : "no"}` : "";
        const method = measure.methods.find((option) => option.value === row.method)?.label ?? row.method ?? "";
        return [context ? `${measure.label} (${context.toLowerCase()})` : measure.label, SIDE[row.side], formatValue(measure, row.value) + flag, method];
      }),
  }));
}

function programTables(record: PatientRecord, staffName: (id: string) => string, day: DayOf): ReadableTable[] {
  return record.programs.map((program) => ({
    caption: `Exercise program version ${program.version}, ${PHASE_LABELS[program.phase].toLowerCase()}, from ${day(program.createdAt)} by ${staffName(program.createdById)}`,
    columns: ["Exercise", "Dose", "Why"],
    rows: program.items.map((item) => [item.exerciseName, doseText(item), item.patientReason ?? ""]),
  }));
}

function diaryTables(record: PatientRecord, zone: string): ReadableTable[] {
  const names = new Map(record.programs.flatMap((program) => program.items.map((item) => [item.id, item.exerciseName] as const)));
  const tables: ReadableTable[] = [];
  if (record.exerciseLogs.length) {
    tables.push({
      caption: "Exercises you logged",
      columns: ["Date", "Exercise", "Done", "Pain during (0–10)", "Note"],
      rows: record.exerciseLogs.map((log) => [log.performedOn, names.get(log.programItemId) ?? log.exerciseCode, doseDoneText(log), log.painDuring === null ? "" : String(log.painDuring), log.note ?? ""]),
    });
  }
  if (record.morningPains.length) {
    tables.push({
      caption: "Pain the next morning",
      columns: ["Morning after", "Pain (0–10)"],
      rows: record.morningPains.map((entry) => [entry.sessionDate, String(entry.pain)]),
    });
  }
  if (record.cramps.length) {
    tables.push({
      caption: "Cramp diary",
      columns: ["When", "Where", "Side", "While", "Lasted", "Severity (0–10)"],
      rows: record.cramps.map((cramp) => [
        formatDateTime(cramp.onsetAt, zone),
        MUSCLE_SITE_LABELS[cramp.muscleSite],
        CRAMP_SIDE_LABELS[cramp.side],
        CRAMP_CONTEXT_LABELS[cramp.context],
        `${cramp.durationSeconds} s`,
        String(cramp.severity),
      ]),
    });
  }
  return tables;
}

function questionnaireTables(record: PatientRecord, day: DayOf): ReadableTable[] {
  return record.lefs.map((questionnaire) => ({
    caption: questionnaire.completedAt
      ? `Lower Extremity Functional Scale, answered ${day(questionnaire.completedAt)}: ${questionnaire.total} of 80`
      : `Lower Extremity Functional Scale, asked ${day(questionnaire.requestedAt)}: not answered yet`,
    columns: ["Activity", "Your answer (0–4)"],
    rows: questionnaire.answers.map((answer) => [LEFS_ITEMS[answer.item - 1] ?? `Item ${answer.item}`, String(answer.score)]),
  }));
}

/** `zone`: the reader's time zone (the patient's own, on the portal), for the days and times of instants. */
export function readableRecord(record: PatientRecord, zone: string): ReadableSection[] {
  const day: DayOf = (iso) => calendarDayIn(zone, new Date(iso));
  const names = new Map(record.staff.map((member) => [member.id, member.name]));
  const staffName = (id: string) => names.get(id) ?? "";
  return [
    { heading: "Details", empty: "", tables: [detailsTable(record)] },
    { heading: "Episodes of care", empty: "No episode of care yet.", tables: episodeTables(record, staffName, day) },
    { heading: "Assessments", empty: "No assessment yet.", tables: assessmentTables(record) },
    { heading: "Exercise programs", empty: "No exercise program yet.", tables: programTables(record, staffName, day) },
    { heading: "Diary", empty: "Nothing logged yet.", tables: diaryTables(record, zone) },
    { heading: "Questionnaires", empty: "No questionnaire yet.", tables: questionnaireTables(record, day) },
  ];
}
