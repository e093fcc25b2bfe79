/**
 * `npm run db:bulk`'s generator, run small into the test database: the same seed gives the same rows
 * (checksums over every clinical table, ids included), every table gets rows, clinic 01 holds its
 * share of the active episodes, logs stay inside their program version's window and their episode,
 * phases and sides agree, visits sit on each clinician's grid without overlapping and only attended
 * ones have notes, and the app's own reads (caseload, the FHIR record) work on what it made.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseloadOf } from "@/lib/caseload/loaders";
import { clinicScopeOf, type ClinicScope } from "@/lib/core/auth/session";
import { todayIsoDate } from "@/lib/core/dates";
import { readPatientRecord } from "@/lib/fhir/data";
import { BULK_TABLES, FULL_HISTORY, generateBulk, removeBulkClinics, type BulkOptions } from "./lib/bulk/generate";

const url = process.env.DATABASE_URL!;
const today = todayIsoDate();
const options: BulkOptions = { patients: 2000, clinics: 2, historyScale: 0.02, seed: 7, today, reset: true, passwordHash: "not-a-real-hash" };
const client = new pg.Client({ connectionString: url });

/** Tables without a clinic_id column are reached through their parent. */
const rowsOf = (table: string) =>
  table === "lefs_answer"
    ? `SELECT a.* FROM lefs_answer a JOIN lefs_questionnaire q ON q.id = a.questionnaire_id JOIN clinic c ON c.id = q.clinic_id WHERE c.name LIKE 'Bulk clinic %'`
    : table === "clinic"
      ? `SELECT * FROM clinic WHERE name LIKE 'Bulk clinic %'`
      : `SELECT t.* FROM ${table} t JOIN clinic c ON c.id = t.clinic_id WHERE c.name LIKE 'Bulk clinic %'`;

/** md5 over each table's ordered rows; bigint identity ids (which follow the sequences, not the seed) left out. */
async function checksums(): Promise<Record<string, { rows: number; md5: string }>> {
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const table of BULK_TABLES) {
    const id = table === "lefs_answer" ? "questionnaire_id" : "id";
    const { rows } = await client.query<{ n: number; md5: string }>(
      `SELECT count(*)::int AS n, md5(string_agg(r, '|' ORDER BY r)) AS md5
       FROM (SELECT (to_jsonb(x) - 'id' - 'program_item_id' - 'password_hash')::text ||
                    CASE WHEN x.${id}::text ~ '^[0-9]+$' THEN '' ELSE x.${id}::text END AS r FROM (${rowsOf(table)}) x) AS t`,
    );
    result[table] = { rows: rows[0]!.n, md5: rows[0]!.md5 };
  }
  return result;
}

const count = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0]!.n;

let first: Awaited<ReturnType<typeof checksums>>;

beforeAll(async () => {
  await client.connect();
  const run = await generateBulk(url, options);
  expect(run.ok).toBe(true);
  first = await checksums();
}, 120_000);

afterAll(async () => {
  await client.end();
  await removeBulkClinics(url);
}, 60_000);

describe("the bulk generator", () => {
  it("fills every table it writes", () => {
    for (const table of BULK_TABLES) expect(first[table]!.rows, table).toBeGreaterThan(0);
    expect(first.lefs_answer!.rows % 20).toBe(0);
  });

  it("refuses to add to earlier bulk clinics without reset, and makes the same rows again with the same seed", async () => {
    expect(await generateBulk(url, { ...options, reset: false })).toEqual({ ok: false, existing: 2 });
    // Another seed, other rows; the first seed again, the first rows (three runs in all).
    expect((await generateBulk(url, { ...options, seed: 8 })).ok).toBe(true);
    const other = await checksums();
    expect(other.exercise_log!.md5).not.toBe(first.exercise_log!.md5);
    expect(other.appointment!.md5).not.toBe(first.appointment!.md5);
    expect(other.visit_note!.md5).not.toBe(first.visit_note!.md5);
    expect((await generateBulk(url, options)).ok).toBe(true);
    expect(await checksums()).toEqual(first);
  }, 120_000);

  it("gives clinic 01 its full-scale share of the active episodes (1,000 of 5,000 at scale 1)", async () => {
    const { rows } = await client.query<{ name: string; n: number }>(
      `SELECT c.name, count(*)::int AS n FROM episode e JOIN clinic c ON c.id = e.clinic_id
       WHERE c.name LIKE 'Bulk clinic %' AND e.status = 'ACTIVE' GROUP BY c.name ORDER BY c.name`,
    );
    expect(rows).toEqual([
      { name: "Bulk clinic 01", n: FULL_HISTORY.busyClinicActive * options.historyScale },
      { name: "Bulk clinic 02", n: (FULL_HISTORY.activeEpisodes - FULL_HISTORY.busyClinicActive) * options.historyScale },
    ]);
    const phases = await client.query(`SELECT DISTINCT phase FROM episode e JOIN clinic c ON c.id = e.clinic_id WHERE c.name LIKE 'Bulk clinic %' AND status = 'ACTIVE'`);
    expect(phases.rowCount).toBe(3);
  });

  it("logs only inside the program version in force and the open episode, with the item's exercise", async () => {
    expect(
      await count(`
        WITH window_of AS (
          SELECT id, created_at::date AS valid_from, lead(created_at::date) OVER (PARTITION BY episode_id ORDER BY version) AS valid_to FROM program)
        SELECT count(*)::int AS n FROM exercise_log l
        JOIN window_of w ON w.id = l.program_id JOIN program_item i ON i.id = l.program_item_id JOIN episode e ON e.id = l.episode_id
        LEFT JOIN episode_status_change s ON s.episode_id = e.id AND s.to_status = 'FINISHED'
        WHERE l.clinic_id IN (SELECT id FROM clinic WHERE name LIKE 'Bulk clinic %')
          AND (l.performed_on < w.valid_from OR l.performed_on >= w.valid_to OR l.performed_on < e.created_at::date
               OR l.performed_on >= coalesce(s.changed_at::date, '${today}'::date) OR i.exercise_code <> l.exercise_code
               OR i.program_id <> l.program_id OR e.patient_id <> l.patient_id)`),
    ).toBe(0);
  });

  it("keeps each episode's phase equal to its last phase change, and sides as the measure asks", async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM episode e WHERE e.clinic_id IN (SELECT id FROM clinic WHERE name LIKE 'Bulk clinic %')
                   AND e.phase IS DISTINCT FROM (SELECT to_phase FROM phase_change p WHERE p.episode_id = e.id ORDER BY changed_at DESC LIMIT 1)`),
    ).toBe(0);
    const sides = await client.query<{ measure_code: string; sides: string }>(
      `SELECT measure_code, string_agg(DISTINCT side::text, ',' ORDER BY side::text) AS sides FROM measurement
       WHERE clinic_id IN (SELECT id FROM clinic WHERE name LIKE 'Bulk clinic %') AND measure_code IN ('nprs', 'ake-knee-flex-angle') GROUP BY 1 ORDER BY 1`,
    );
    expect(sides.rows).toEqual([
      { measure_code: "ake-knee-flex-angle", sides: "LEFT,RIGHT" },
      { measure_code: "nprs", sides: "NONE" },
    ]);
  });

  it("books each clinician's visits on a grid: weekdays 08:00–18:00, never overlapping, past ones settled and future ones booked", async () => {
    const bulk = "clinic_id IN (SELECT id FROM clinic WHERE name LIKE 'Bulk clinic %')";
    // Cancelled visits too: the grid gives every visit its own time, not only the live ones the constraint checks.
    expect(
      await count(`SELECT count(*)::int AS n FROM appointment a JOIN appointment b ON a.clinician_id = b.clinician_id AND a.id < b.id
                   AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)') WHERE a.${bulk}`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM appointment WHERE ${bulk} AND (
                     extract(isodow FROM starts_at AT TIME ZONE 'UTC') > 5 OR (starts_at AT TIME ZONE 'UTC')::time < '08:00'
                     OR ends_at AT TIME ZONE 'UTC' > (starts_at AT TIME ZONE 'UTC')::date + time '18:00'
                     OR (starts_at < '${today}' AND status = 'BOOKED') OR (starts_at >= '${today}' AND status IN ('ATTENDED', 'NO_SHOW'))
                     OR (status = 'CANCELLED') <> (cancel_reason IS NOT NULL)
                     OR episode_id IS NULL OR NOT EXISTS (SELECT 1 FROM episode e WHERE e.id = episode_id AND e.patient_id = appointment.patient_id))`),
    ).toBe(0);
    const statuses = await client.query<{ status: string }>(`SELECT DISTINCT status::text FROM appointment WHERE ${bulk} ORDER BY 1`);
    expect(statuses.rows.map((row) => row.status)).toEqual(["ATTENDED", "BOOKED", "CANCELLED", "NO_SHOW"]);
    // The busier clinic's clinician (clinic 02 at this scale: 80 patients in care) has full days.
    const { rows } = await client.query<{ name: string; busiest: number; days: number }>(
      `SELECT c.name, max(n)::int AS busiest, count(*)::int AS days FROM (
         SELECT clinic_id, (starts_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n FROM appointment WHERE ${bulk} AND status <> 'CANCELLED' GROUP BY 1, 2
       ) AS d JOIN clinic c ON c.id = d.clinic_id GROUP BY c.name ORDER BY c.name`,
    );
    expect(rows.map((row) => row.name)).toEqual(["Bulk clinic 01", "Bulk clinic 02"]);
    // 10 hours of 20–60-minute visits: about 18 on a full day, 30 only if all were 20-minute telehealth calls.
    expect(rows[1]!.busiest).toBeGreaterThanOrEqual(15);
    expect(rows[1]!.busiest).toBeLessThanOrEqual(24);
    // The long-history patient is seen weekly through all 5 episodes.
    expect(await count(`SELECT count(*)::int AS n FROM appointment a JOIN patient p ON p.id = a.patient_id JOIN clinic c ON c.id = a.clinic_id
                        WHERE c.name = 'Bulk clinic 01' AND p.record_number = 'B-000001' AND a.starts_at < '${today}'`)).toBeGreaterThan(80);
  });

  it("writes a note for attended visits only: signed after the visit (some drafts), addenda after signing, links of that day's care", async () => {
    const bulk = "n.clinic_id IN (SELECT id FROM clinic WHERE name LIKE 'Bulk clinic %')";
    expect(
      await count(`SELECT count(*)::int AS n FROM visit_note n JOIN appointment a ON a.id = n.appointment_id WHERE ${bulk} AND (
                     a.status <> 'ATTENDED' OR n.patient_id <> a.patient_id OR n.episode_id IS DISTINCT FROM a.episode_id
                     OR n.author_id <> a.clinician_id OR n.created_at < a.ends_at OR n.signed_at < n.created_at
                     OR (n.assessment_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.id = n.assessment_id
                         AND s.episode_id = n.episode_id AND s.assessed_on = (a.starts_at AT TIME ZONE 'UTC')::date))
                     OR (n.program_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM program p WHERE p.id = n.program_id AND p.episode_id = n.episode_id
                         AND p.created_at::date <= (a.starts_at AT TIME ZONE 'UTC')::date)))`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM visit_note_addendum d JOIN visit_note n ON n.id = d.note_id WHERE ${bulk}
                   AND (n.status <> 'SIGNED' OR d.created_at <= n.signed_at OR d.created_at >= '${today}')`),
    ).toBe(0);
    const { rows } = await client.query<{ status: string; notes: number; linked: number }>(
      `SELECT n.status::text AS status, count(*)::int AS notes, count(n.program_id)::int AS linked FROM visit_note n WHERE ${bulk} GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((row) => row.status)).toEqual(["DRAFT", "SIGNED"]);
    expect(rows[1]!.notes).toBeGreaterThan(10 * rows[0]!.notes);
    expect(rows[1]!.linked).toBeGreaterThan(0.8 * rows[1]!.notes);
    const attended = await count(`SELECT count(*)::int AS n FROM appointment n WHERE ${bulk} AND status = 'ATTENDED'`);
    expect(rows[0]!.notes + rows[1]!.notes).toBeGreaterThan(0.9 * attended);
  });

  it("serves the app's caseload and FHIR record reads, including a 2-year patient with 5 episodes and 3,000 logs", async () => {
    const { rows } = await client.query<{ id: string; clinic_id: string; patient_id: string }>(
      `SELECT u.id, u.clinic_id, p.id AS patient_id FROM app_user u JOIN clinic c ON c.id = u.clinic_id
       JOIN patient p ON p.clinic_id = c.id AND p.record_number = 'B-000001' WHERE c.name = 'Bulk clinic 01'`,
    );
    const clinician = rows[0]!;
    const scope = clinicScopeOf({ id: clinician.id, name: "Bulk", role: "CLINICIAN", clinicId: clinician.clinic_id, patientId: null, clinicTimeZone: "UTC" }) as ClinicScope;
    const caseload = await caseloadOf(scope, { view: "mine", sort: "patient", dir: "asc", page: 1 }, today);
    expect(caseload.activeEpisodes).toBe(FULL_HISTORY.busyClinicActive * options.historyScale);

    const record = (await readPatientRecord(scope, clinician.patient_id))!;
    expect(record.episodes).toHaveLength(5);
    expect(record.exerciseLogs.length).toBeGreaterThanOrEqual(3000);
    expect(record.lefs.length).toBeGreaterThan(5);
    const firstLog = record.exerciseLogs.map((log) => log.performedOn).sort()[0]!;
    expect(Date.parse(today) - Date.parse(firstLog)).toBeGreaterThan(700 * 86_400_000);
  }, 60_000);
});
