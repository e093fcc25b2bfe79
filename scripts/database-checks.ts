/**
 * The CHECK constraints that make the database refuse what the forms refuse, generated from the same
 * constants the zod schemas read (the measure catalogue, dose limits, cramp, LEFS and pain ranges), so
 * a range is written once. `npx tsx scripts/database-checks.ts` prints the SQL of the committed
 * migration prisma/migrations/20261207090000_check_constraints; database-checks.test.ts fails when the
 * two differ, which means: write a new migration that drops and re-adds the constraints that changed.
 *
 * Prisma does not model CHECK constraints and leaves them alone in its diffs (prisma/cli-adapter.ts,
 * defect 7, lets the offline engine read them). The migration engine splits scripts on semicolons, so
 * no comment or literal below may hold one.
 */
import { pathToFileURL } from "node:url";
import { MEASURES } from "@/lib/assessments/catalogue";
import { CRAMP_DURATION } from "@/lib/cramps/duration";
import { CRAMP_SEVERITY, FLUID_INTAKE_ML } from "@/lib/cramps/limits";
import { DOSE_LIMITS, PROGRAM_DOSE_LIMITS } from "@/lib/exercises/dose-limits";
import { LEFS_ITEM_COUNT, LEFS_MAX_ITEM_SCORE } from "@/lib/lefs/items";
import { PATIENT_REASON_MAX } from "@/lib/programs/items";

export const CHECK_MIGRATION = "prisma/migrations/20261207090000_check_constraints/migration.sql";

type Check = { table: string; name: string; expression: string };

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (values: readonly string[]) => values.map(literal).join(", ");
const nullOr = (column: string, expression: string) => `"${column}" IS NULL OR (${expression})`;
const between = (column: string, min: number, max: number) => `"${column}" BETWEEN ${min} AND ${max}`;
const maxLength = (column: string, max: number) => `char_length("${column}") <= ${max}`;

const NPRS = MEASURES.find((measure) => measure.code === "nprs")!.range;
/** lib/programs/schema.ts: "Load must be from 0 to 500 kg." */
const LOAD_KG = { min: 0, max: 500 };

/** One CASE arm per catalogue measure: its range, whole numbers where the form asks for them, its sides, methods and contexts. */
function measurementArm(measure: (typeof MEASURES)[number]): string {
  const { range } = measure;
  const parts = [`"value" BETWEEN ${range.min} AND ${range.max}`];
  if (range.step === 1) parts.push(`"value" = trunc("value")`);
  parts.push(measure.bilateral ? `"side" IN ('LEFT', 'RIGHT')` : `"side" = 'NONE'`);
  const methods = measure.methods.map((option) => option.value);
  parts.push(methods.length ? `("method" IS NULL OR "method" IN (${list(methods)}))` : `"method" IS NULL`);
  const contexts = "contexts" in measure && measure.contexts ? measure.contexts.map((option) => option.value) : null;
  const choices = "choice" in measure && measure.choice ? ["", ...measure.choice.options.map((option) => option.value)] : null;
  parts.push(`"context" IN (${list(contexts ?? choices ?? [""])})`);
  return `WHEN ${literal(measure.code)} THEN ${parts.join(" AND ")}`;
}

/** Dose columns a program item, template item, clinic exercise or exercise log shares, within DOSE_LIMITS. */
function doseChecks(table: string, columns: Record<string, { min: number; max: number }>): Check[] {
  return Object.entries(columns).map(([column, limits]) => ({
    table,
    name: `${table}_${column}_range`,
    expression: nullOr(column, between(column, limits.min, limits.max)),
  }));
}

const itemDoses = {
  sets: DOSE_LIMITS.sets,
  reps: DOSE_LIMITS.reps,
  hold_seconds: DOSE_LIMITS.holdSeconds,
  duration_seconds: PROGRAM_DOSE_LIMITS.durationSeconds,
  load_kg: LOAD_KG,
  per_week: DOSE_LIMITS.perWeek,
  per_day: DOSE_LIMITS.perDay,
  every_days: PROGRAM_DOSE_LIMITS.everyDays,
  distance_m: PROGRAM_DOSE_LIMITS.distanceM,
};

/** lib/programs/schema.ts EXERCISE_CODE: a library (EX..) or clinic (CX..) exercise code. */
const exerciseCode = (table: string): Check => ({ table, name: `${table}_exercise_code_shape`, expression: `"exercise_code" ~ '^(EX|CX)[0-9]{2,}$'` });

export function databaseChecks(): Check[] {
  return [
    exerciseCode("program_item"),
    exerciseCode("program_template_item"),
    exerciseCode("exercise_log"),
    { table: "clinic_exercise", name: "clinic_exercise_code_shape", expression: `"code" ~ '^CX[0-9]{2,}$'` },
    {
      table: "measurement",
      name: "measurement_value_in_catalogue_range",
      expression: `CASE "measure_code"\n    ${MEASURES.map(measurementArm).join("\n    ")}\n    ELSE false\n  END`,
    },
    { table: "assessment", name: "assessment_notes_length", expression: nullOr("notes", maxLength("notes", 4000)) },
    { table: "exercise_log", name: "exercise_log_pain_during_range", expression: nullOr("pain_during", between("pain_during", NPRS.min, NPRS.max)) },
    { table: "exercise_log", name: "exercise_log_note_length", expression: nullOr("note", maxLength("note", 500)) },
    ...doseChecks("exercise_log", { sets: DOSE_LIMITS.sets, reps: DOSE_LIMITS.reps, hold_seconds: DOSE_LIMITS.holdSeconds, load_kg: LOAD_KG }),
    { table: "morning_pain", name: "morning_pain_pain_range", expression: between("pain", NPRS.min, NPRS.max) },
    { table: "cramp_entry", name: "cramp_entry_severity_range", expression: between("severity", CRAMP_SEVERITY.min, CRAMP_SEVERITY.max) },
    {
      table: "cramp_entry",
      name: "cramp_entry_duration_range",
      expression: between("duration_seconds", CRAMP_DURATION.minSeconds, CRAMP_DURATION.maxSeconds),
    },
    {
      table: "cramp_entry",
      name: "cramp_entry_fluid_intake_range",
      expression: nullOr("fluid_intake_ml", between("fluid_intake_ml", FLUID_INTAKE_ML.min, FLUID_INTAKE_ML.max)),
    },
    { table: "cramp_entry", name: "cramp_entry_notes_length", expression: nullOr("notes", maxLength("notes", 1000)) },
    { table: "lefs_answer", name: "lefs_answer_item_range", expression: between("item", 1, LEFS_ITEM_COUNT) },
    { table: "lefs_answer", name: "lefs_answer_score_range", expression: between("score", 0, LEFS_MAX_ITEM_SCORE) },
    {
      table: "lefs_questionnaire",
      name: "lefs_questionnaire_total_range",
      expression: nullOr("total", between("total", 0, LEFS_ITEM_COUNT * LEFS_MAX_ITEM_SCORE)),
    },
    ...doseChecks("program_item", itemDoses),
    { table: "program_item", name: "program_item_one_schedule", expression: `"per_week" IS NULL OR "every_days" IS NULL` },
    { table: "program_item", name: "program_item_patient_reason_length", expression: nullOr("patient_reason", maxLength("patient_reason", PATIENT_REASON_MAX)) },
    { table: "program_item", name: "program_item_notes_length", expression: nullOr("notes", maxLength("notes", 500)) },
    ...doseChecks("program_template_item", itemDoses),
    {
      table: "program_template_item",
      name: "program_template_item_patient_reason_length",
      expression: nullOr("patient_reason", maxLength("patient_reason", PATIENT_REASON_MAX)),
    },
    ...doseChecks("clinic_exercise", {
      sets: DOSE_LIMITS.sets,
      reps: DOSE_LIMITS.reps,
      hold_seconds: DOSE_LIMITS.holdSeconds,
      per_week: DOSE_LIMITS.perWeek,
      per_day: DOSE_LIMITS.perDay,
    }),
    { table: "episode", name: "episode_diagnosis_length", expression: `char_length("diagnosis") BETWEEN 1 AND 200` },
    {
      table: "episode",
      name: "episode_icd10_code_shape",
      expression: nullOr("icd10_code", `"icd10_code" ~ '^[A-Z][0-9]{2}([.][0-9A-Z]{1,4})?$'`),
    },
    { table: "phase_change", name: "phase_change_reason_length", expression: nullOr("reason", maxLength("reason", 1000)) },
    { table: "patient", name: "patient_first_name_length", expression: `char_length("first_name") BETWEEN 1 AND 100` },
    { table: "patient", name: "patient_last_name_length", expression: `char_length("last_name") BETWEEN 1 AND 100` },
    { table: "patient", name: "patient_record_number_length", expression: `char_length("record_number") BETWEEN 1 AND 30` },
    { table: "patient", name: "patient_phone_length", expression: nullOr("phone", maxLength("phone", 30)) },
    { table: "patient", name: "patient_email_length", expression: nullOr("email", maxLength("email", 254)) },
  ];
}

export function checkConstraintsSql(): string {
  const header = [
    "-- Ranges, choices and lengths the zod schemas enforce, enforced by the database too (issue 13).",
    "-- Generated by scripts/database-checks.ts from the same constants the forms read. Do not edit by hand.",
  ];
  const statements = databaseChecks().map(
    (check) => `ALTER TABLE "${check.table}" ADD CONSTRAINT "${check.name}" CHECK (${check.expression});`,
  );
  return `${[...header, "", ...statements].join("\n")}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.stdout.write(checkConstraintsSql());
