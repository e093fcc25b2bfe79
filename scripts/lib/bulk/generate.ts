/**
 * The bulk generator behind `npm run db:bulk` (scripts/bulk-seed.ts is its command line): fake clinics,
 * patients and, at history scale 1, a clinical history of about 5,000 active episodes (1,000 of them in
 * clinic 01), 10,000 finished ones, a million measurements, two million exercise logs, and the clinics'
 * diaries with a note for each attended visit (visit-sql.ts). Every row is
 * made inside PostgreSQL by set-based INSERT … SELECT over generate_series, in one transaction, and
 * is a function of the seed and the day "today" (see clinical-sql.ts): the same options give the same
 * rows, ids included. Fake data, never real people: no audit events are written for it.
 */
import { performance } from "node:perf_hooks";
import { Faker, en } from "@faker-js/faker";
import pg from "pg";
import { ASSESSMENT_STEPS } from "./assessment-sql";
import { PROGRAM_STEPS } from "./care-sql";
import { EPISODE_PLAN_STEPS, EPISODE_STEPS, PATIENTS_SQL, sessionFunctionsSql, type Step } from "./clinical-sql";
import { exercisePools, measureRows } from "./reference";
import { VISIT_STEPS } from "./visit-sql";

export const BULK_CLINIC_PREFIX = "Bulk clinic ";
const BULK_EMAIL_DOMAIN = "bulk.example";
const ARCHIVED_SHARE = 0.05;
const SPORTS = ["Football", "Sprinting", "Rugby", "Running", "Tennis", "Dance", "Cycling", "Hockey", "Basketball"];

/** At history scale 1. */
export const FULL_HISTORY = { activeEpisodes: 5000, busyClinicActive: 1000, finishedPatients: 8500, longHistoryPatients: 20 } as const;

export type BulkOptions = {
  patients: number;
  clinics: number;
  /** Multiplies FULL_HISTORY; 0 makes patients only (the registry benchmark's data). */
  historyScale: number;
  seed: number;
  /** The UTC day the history ends on (YYYY-MM-DD): dates count back from it. */
  today: string;
  reset: boolean;
  passwordHash: string;
};

export type TableTiming = { table: string; rows: number; seconds: number };
export type BulkResult = { ok: true; timings: TableTiming[]; seconds: number } | { ok: false; existing: number };

export type ClinicPlan = {
  clinicNo: number;
  patients: number;
  active: number;
  finished: number;
  veterans: number;
  /**
   * Clinicians sharing the clinic's patients (default 1; patient n is clinician 1 + (n - 1) mod this). Each
   * has a day of about 18 visits at most (visit-sql.ts), so a clinic with 100× the patients in care
   * needs more of them to see all of its patients every week.
   */
  clinicians?: number;
};

/** How many patients each clinic gets, and how many of them are in care: the busiest clinic is clinic 1. */
export function planClinics(options: Pick<BulkOptions, "patients" | "clinics" | "historyScale">): ClinicPlan[] {
  const { patients, clinics, historyScale: s } = options;
  const active = Math.round(FULL_HISTORY.activeEpisodes * s);
  const veterans = active ? Math.max(1, Math.round(FULL_HISTORY.longHistoryPatients * s)) : 0;
  const busy = clinics === 1 ? active : Math.min(active, Math.max(veterans, Math.round(FULL_HISTORY.busyClinicActive * s)));
  const finished = Math.round(FULL_HISTORY.finishedPatients * s);
  const share = (total: number, i: number, n: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
  const plans = Array.from({ length: clinics }, (_, i) => ({
    clinicNo: i + 1,
    patients: share(patients, i, clinics),
    active: i === 0 ? busy : share(active - busy, i - 1, clinics - 1),
    finished: share(finished, i, clinics),
    veterans: i === 0 ? veterans : 0,
  }));
  checkPlans(plans);
  return plans;
}

function checkPlans(plans: ClinicPlan[]): void {
  const short = plans.find((plan) => plan.active + plan.finished > plan.patients);
  if (short) {
    throw new Error(
      `Clinic ${short.clinicNo} would need ${short.active + short.finished} patients in care but has ${short.patients}: ` +
        "raise --patients or lower --history-scale.",
    );
  }
  if (plans.length >= 900 || plans.some((plan) => plan.patients >= 1_000_000)) throw new Error("At most 899 clinics of 999,999 patients each.");
  if (plans.some((plan) => plan.clinicians !== undefined && (!Number.isInteger(plan.clinicians) || plan.clinicians < 1 || plan.clinicians > 999))) {
    throw new Error("A clinic has 1 to 999 clinicians.");
  }
}

/** Small deterministic name pools; the SQL picks from them by hash, so names repeat as real ones do. */
function namePools() {
  const faker = new Faker({ locale: [en] });
  faker.seed(2026);
  const pool = (size: number, make: () => string) => [...new Set(Array.from({ length: size }, make))];
  return {
    female: pool(300, () => faker.person.firstName("female")),
    male: pool(300, () => faker.person.firstName("male")),
    last: pool(1000, () => faker.person.lastName()),
  };
}

/**
 * Removes earlier bulk clinics and everything that hangs off them, children first (the FKs restrict).
 * The audit trail is append-only (a trigger refuses DELETE): this throwaway fake data is the one place
 * events are removed, by the table's owner switching the trigger off inside the caller's transaction,
 * so no other session ever sees it off.
 */
async function deleteBulkClinics(client: pg.Client): Promise<void> {
  // Statistics first: rows inserted since the last ANALYZE (a test's fresh run) have none, and the
  // foreign-key check each deleted parent row makes (is a program_item still logged?) is then planned
  // as a scan of the clinic's child rows instead of a lookup on the child's own index: 8 s instead of
  // 0.8 s to remove a 300-episode run.
  await client.query(`ANALYZE ${BULK_TABLES.join(", ")}`);
  const bulk = "SELECT id FROM clinic WHERE name LIKE $1";
  const prefix = [`${BULK_CLINIC_PREFIX}%`];
  // Signed notes and addenda are final (triggers refuse DELETE): switched off the same way as the audit trail's below.
  await client.query("ALTER TABLE visit_note DISABLE TRIGGER visit_note_signed_is_final");
  await client.query("ALTER TABLE visit_note_addendum DISABLE TRIGGER visit_note_addendum_no_update_or_delete");
  for (const table of ["visit_note_addendum", "visit_note", "appointment"]) await client.query(`DELETE FROM ${table} WHERE clinic_id IN (${bulk})`, prefix);
  await client.query("ALTER TABLE visit_note_addendum ENABLE TRIGGER visit_note_addendum_no_update_or_delete");
  await client.query("ALTER TABLE visit_note ENABLE TRIGGER visit_note_signed_is_final");
  await client.query(`DELETE FROM lefs_answer WHERE questionnaire_id IN (SELECT id FROM lefs_questionnaire WHERE clinic_id IN (${bulk}))`, prefix);
  for (const table of [
    "lefs_questionnaire", "cramp_entry", "morning_pain", "exercise_log", "program_item", "program", "measurement_revision",
    "measurement", "assessment", "phase_change", "episode_status_change", "episode", "portal_invitation",
  ]) {
    await client.query(`DELETE FROM ${table} WHERE clinic_id IN (${bulk})`, prefix);
  }
  await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
  await client.query(`DELETE FROM audit_event WHERE clinic_id IN (${bulk})`, prefix);
  await client.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
  await client.query(`DELETE FROM patient WHERE clinic_id IN (${bulk})`, prefix);
  await client.query(`DELETE FROM app_user WHERE clinic_id IN (${bulk})`, prefix);
  await client.query("DELETE FROM clinic WHERE name LIKE $1", prefix);
}

const CLINICS_SQL = `
  CREATE TEMP TABLE bulk_plan AS
  SELECT p.*, pg_temp.uuid7(pg_temp.today() - 1100 + interval '8 hours', p.clinic_no, 1) AS clinic_id,
         pg_temp.uuid7(pg_temp.today() - 1100 + interval '8 hours', p.clinic_no, 2) AS clinician_id,
         lpad(p.clinic_no::text, greatest(2, length($2::text)), '0') AS number
  FROM json_to_recordset($1::json) AS p(clinic_no int, patients int, active int, finished int, veterans int, clinicians int)`;

/** Clinician 1 of a clinic keeps the id, e-mail and name of a clinic's one clinician; others are created a minute apart after it. */
const CLINICIANS_SQL = `
  CREATE TEMP TABLE bulk_clinician AS
  SELECT p.clinic_no, p.clinic_id, n,
         CASE WHEN n = 1 THEN p.clinician_id ELSE pg_temp.uuid7(pg_temp.today() - 1100 + interval '8 hours', p.clinic_no * 1000 + n, 3) END AS clinician_id,
         'bulk-clinician-' || p.number || CASE WHEN n > 1 THEN '-' || n ELSE '' END AS email,
         'Bulk Clinician ' || p.number || CASE WHEN n > 1 THEN ' (' || n || ')' ELSE '' END AS name,
         pg_temp.today() - 1100 + interval '8 hours' + (n - 1) * interval '1 minute' AS created_at
  FROM bulk_plan p, generate_series(1, p.clinicians) AS n`;

export async function generateBulk(connectionString: string, options: BulkOptions, report: (line: string) => void = () => {}): Promise<BulkResult> {
  return generateBulkPlans(connectionString, planClinics(options), options, report);
}

/** What generateBulkPlans needs besides the plans. */
export type BulkRunOptions = Omit<BulkOptions, "patients" | "clinics" | "historyScale">;

/**
 * The same for clinics the caller plans one by one (clinic numbers 1…n, in order), e.g. a test that
 * wants one clinic and its long-history patient with 100× the history of another.
 */
export async function generateBulkPlans(
  connectionString: string,
  plans: ClinicPlan[],
  options: BulkRunOptions,
  report: (line: string) => void = () => {},
): Promise<BulkResult> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`--today must be YYYY-MM-DD, got "${options.today}"`);
  if (!Number.isInteger(options.seed)) throw new Error("The seed must be a whole number.");
  checkPlans(plans);
  if (plans.some((plan, i) => plan.clinicNo !== i + 1)) throw new Error("Clinics are numbered 1…n in order.");
  const client = new pg.Client({ connectionString });
  await client.connect();
  const timings: TableTiming[] = [];
  const run = async (step: Step, params: unknown[] = []) => {
    const started = performance.now();
    const result = await client.query(step.sql, params);
    const seconds = (performance.now() - started) / 1000;
    const rows = result.rowCount ?? 0;
    if (!step.temp) timings.push({ table: step.table, rows, seconds });
    report(`${step.table.padEnd(48)} ${String(rows).padStart(10)} rows ${seconds.toFixed(1).padStart(7)} s ${step.temp ? "" : `${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("en")} rows/s`}`);
  };
  try {
    const started = performance.now();
    await client.query("BEGIN");
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM clinic WHERE name LIKE $1", [`${BULK_CLINIC_PREFIX}%`]);
    const existing = rows[0]?.n ?? 0;
    if (existing > 0 && !options.reset) {
      await client.query("ROLLBACK");
      return { ok: false, existing };
    }
    if (existing > 0) {
      const deleting = performance.now();
      await deleteBulkClinics(client);
      report(`deleted ${existing} earlier bulk clinics in ${((performance.now() - deleting) / 1000).toFixed(1)} s`);
    }
    // Sorting and hashing a few million rows: let this one transaction use the memory for it.
    await client.query("SET LOCAL work_mem = '256MB'");
    for (const sql of sessionFunctionsSql(options.seed, options.today)) await client.query(sql);
    const plan = plans.map((p) => ({ clinic_no: p.clinicNo, patients: p.patients, active: p.active, finished: p.finished, veterans: p.veterans, clinicians: p.clinicians ?? 1 }));
    await run({ table: "plan: clinics", temp: true, sql: CLINICS_SQL }, [JSON.stringify(plan), String(plans.length)]);
    await run({ table: "clinic", sql: `INSERT INTO clinic (id, name, created_at) SELECT clinic_id, $1 || number, pg_temp.today() - 1100 + interval '8 hours' FROM bulk_plan ORDER BY clinic_no` }, [BULK_CLINIC_PREFIX]);
    await run({ table: "plan: clinicians", temp: true, sql: CLINICIANS_SQL });
    await run(
      {
        table: "app_user",
        sql: `INSERT INTO app_user (id, clinic_id, email, name, password_hash, role, created_at, updated_at)
              SELECT clinician_id, clinic_id, email || '@${BULK_EMAIL_DOMAIN}', name, $1, 'CLINICIAN', created_at, created_at
              FROM bulk_clinician ORDER BY clinic_no, n`,
      },
      [options.passwordHash],
    );
    const names = namePools();
    await run({ table: "patient", sql: PATIENTS_SQL }, [names.female, names.male, names.last, SPORTS, ARCHIVED_SHARE]);
    if (plans.some((p) => p.active + p.finished > 0)) {
      await run(
        {
          table: "plan: reference data",
          temp: true,
          sql: `CREATE TEMP TABLE bulk_measure AS SELECT * FROM json_to_recordset($1::json) AS
                  m(midx int, code text, bilateral boolean, min float8, max float8, step float8, method text, context text, choices text[], flagged boolean,
                    base float8, injured float8, noise float8, stable boolean, full_set boolean)`,
        },
        [JSON.stringify(measureRows().map(({ full, ...row }, i) => ({ ...row, full_set: full, midx: i + 1 })))],
      );
      await run(
        {
          table: "plan: exercise pools",
          temp: true,
          sql: `CREATE TEMP TABLE bulk_exercise AS SELECT * FROM json_to_recordset($1::json) AS
                  x(phase text, idx int, code text, sets int, reps int, hold int, duration int, per_week int, per_day int, every_days int)`,
        },
        [JSON.stringify(exercisePools().map(({ hold, perWeek, perDay, everyDays, ...row }) => ({ ...row, hold, per_week: perWeek, per_day: perDay, every_days: everyDays })))],
      );
      for (const step of [...EPISODE_PLAN_STEPS, ...EPISODE_STEPS, ...PROGRAM_STEPS, ...ASSESSMENT_STEPS, ...VISIT_STEPS]) await run(step);
    }
    await client.query("COMMIT");
    return { ok: true, timings, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Removes every bulk clinic and its rows (tests clean up with it). */
export async function removeBulkClinics(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await deleteBulkClinics(client);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

/** Tables the generator writes, for ANALYZE after a run. */
export const BULK_TABLES = [
  "clinic", "app_user", "patient", "episode", "phase_change", "episode_status_change", "program", "program_item", "exercise_log",
  "morning_pain", "assessment", "measurement", "lefs_questionnaire", "lefs_answer", "cramp_entry", "appointment", "visit_note",
  "visit_note_addendum",
] as const;
