import type { AuditAction } from "@/lib/core/audit-actions";
import { doseText } from "@/lib/diary/dose";
import type { ChangeLineDTO } from "./types";

/**
 * How an audit event reads on the Activity page: the action and the changed record in words, where
 * it is shown, and its before → after values as lines. Pure, so every entity's wording is tested.
 */

export const ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: "Created",
  UPDATE: "Changed",
  ARCHIVE: "Archived",
  RESTORE: "Restored",
  PHASE_CHANGE: "Phase changed",
  STATUS_CHANGE: "Status changed",
  INVITE: "Invited",
  REVOKE: "Revoked",
  REQUEST: "Requested",
  READ: "Read",
  EXPORT: "Exported",
  SIGN: "Signed",
};

const ENTITY_LABELS: Record<string, string> = {
  Patient: "Patient",
  Episode: "Episode of care",
  Program: "Program version",
  ProgramTemplate: "Program template",
  Assessment: "Assessment",
  ExerciseLog: "Exercise log",
  MorningPain: "Next-morning pain",
  CrampEntry: "Cramp diary entry",
  LefsQuestionnaire: "LEFS questionnaire",
  ClinicExercise: "Clinic exercise",
  PortalInvitation: "Portal invitation",
  PasswordReset: "Password reset link",
  User: "Account",
  UserRole: "Staff role",
  UserPassword: "Password",
  Clinic: "Clinic",
  ApiKey: "API key",
  Appointment: "Visit",
  VisitNote: "Visit note",
  VisitNoteAddendum: "Visit note addendum",
  /** An admin sent a message again after every attempt failed. */
  MailMessage: "E-mail, sent again",
  /** An Observation search through the FHIR API: the entity id is the patient's. */
  Observation: "Observations",
};

export const entityLabel = (entityType: string): string => ENTITY_LABELS[entityType] ?? entityType;

const FIELD_LABELS: Record<string, string> = {
  firstName: "First name",
  lastName: "Last name",
  recordNumber: "Record number",
  dateOfBirth: "Date of birth",
  sex: "Sex",
  dominantLeg: "Dominant leg",
  sport: "Sport",
  email: "E-mail",
  phone: "Phone",
  notes: "Notes",
  phase: "Phase",
  status: "Status",
  startsAt: "Starts",
  endsAt: "Ends",
  clinician: "Clinician",
  clinicianId: "Clinician (id)",
  type: "Type",
  reason: "Reason",
  items: "Exercises",
  version: "Version",
  painDuring: "Pain during",
  pain: "Pain next morning",
  note: "Note",
  asPrescribed: "Done as prescribed",
  sets: "Sets",
  reps: "Reps",
  holdSeconds: "Hold (s)",
  loadKg: "Load (kg)",
  perWeek: "Times a week",
  perDay: "Times a day",
  name: "Name",
  targets: "Targets",
  phases: "Phases",
  kind: "Kind",
  heavyOrLengthening: "Heavy or lengthening",
  dosageText: "Dosage",
  instructions: "Instructions",
  source: "Source",
  role: "Role",
  prefix: "Prefix",
  timeZone: "Time zone",
  assessmentMinutes: "Assessment length (min)",
  treatmentMinutes: "Treatment length (min)",
  reviewMinutes: "Review length (min)",
  telehealthMinutes: "Telehealth length (min)",
};

/** Upper-case codes read as words ("SUBACUTE" → "Subacute"); exercise codes (EX25, CX01) stay as they are. */
const codeText = (text: string) => (/^[A-Z]+(_[A-Z]+)*$/.test(text) ? (text.charAt(0) + text.slice(1).toLowerCase()).replaceAll("_", " ") : text);

type Item = { code?: unknown } & Record<string, unknown>;
const numberOrNull = (value: unknown) => (typeof value === "number" ? value : null);

/** A program version's item: "EX25 1 × 10, 3× a week". */
function itemText(item: Item): string {
  const dose = doseText({
    sets: numberOrNull(item.sets),
    reps: numberOrNull(item.reps),
    holdSeconds: numberOrNull(item.holdSeconds),
    loadKg: numberOrNull(item.loadKg),
    durationSeconds: numberOrNull(item.durationSeconds),
    distanceM: numberOrNull(item.distanceM),
    perWeek: numberOrNull(item.perWeek),
    perDay: numberOrNull(item.perDay),
    everyDays: numberOrNull(item.everyDays),
  });
  return [String(item.code ?? "?"), dose].filter(Boolean).join(" ");
}

export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "string") return codeText(value);
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value.map((entry) => (entry !== null && typeof entry === "object" ? itemText(entry as Item) : valueText(entry))).join("; ");
  }
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** Fields shown as stored: a time zone id is a name ("UTC"), not a code to read as a word. */
const VERBATIM_FIELDS = new Set(["timeZone"]);

/** The event's before and after values as one line per field, in the order the fields were stored. */
export function changeLines(before: unknown, after: unknown): ChangeLineDTO[] {
  const from = asRecord(before);
  const to = asRecord(after);
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  const text = (field: string, value: unknown) => (VERBATIM_FIELDS.has(field) && typeof value === "string" ? value : valueText(value));
  return fields.map((field) => ({
    field: FIELD_LABELS[field] ?? field,
    before: field in from ? text(field, from[field]) : "—",
    after: field in to ? text(field, to[field]) : "—",
  }));
}

/** Where the changed record is shown, if anywhere. `program` is a program version's episode and number. */
export function entityHref(
  event: { entityType: string; entityId: string; patientId: string | null },
  program?: { episodeId: string; version: number },
): string | null {
  const patient = event.patientId && `/patients/${event.patientId}`;
  switch (event.entityType) {
    case "Patient":
    case "PortalInvitation":
      return patient || null;
    case "Episode":
      return patient ? `${patient}/episodes/${event.entityId}` : null;
    case "Assessment":
      return patient ? `${patient}/assessments/${event.entityId}` : null;
    case "Program":
      return patient && program ? `${patient}/episodes/${program.episodeId}/program/versions/${program.version}` : null;
    case "ExerciseLog":
    case "MorningPain":
    case "CrampEntry":
    case "LefsQuestionnaire":
      return patient ? `${patient}/diary` : null;
    case "ClinicExercise":
      return `/exercises/${event.entityId}/edit`;
    case "ProgramTemplate":
      return "/templates";
    case "ApiKey":
      return "/api-keys";
    case "Clinic":
      return "/settings";
    case "MailMessage":
      return "/mail";
    case "Appointment":
      return `/appointments/${event.entityId}`;
    case "Observation":
      return patient ? `${patient}/progress` : null;
    case "User":
    case "UserRole":
    case "UserPassword":
    case "PasswordReset":
      return patient || "/staff";
    default:
      return null;
  }
}
