/**
 * Programs, logs and morning pain of the bulk clinical history (see clinical-sql.ts for the keys and
 * the random numbers). Reads the plan tables bulk_episode and bulk_phase, and bulk_exercise (the
 * library's exercise pools per phase, scripts/lib/bulk/reference.ts).
 */
import type { Step } from "./clinical-sql";

export const PROGRAM_STEPS: Step[] = [
  {
    table: "plan: program versions",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_prog AS
      SELECT n.*, n.k * 10 + n.version AS pk, coalesce(n.next_from, e.ends) AS valid_to, e.clinic_id, e.patient_id,
             e.episode_id, e.clinician_id, e.adherence, e.n_items, e.veteran,
             pg_temp.uuid7(n.valid_from + interval '10 hours', n.k * 10 + n.version, 31) AS program_id
      FROM (
        SELECT v.*, row_number() OVER w AS version, lead(v.valid_from) OVER w AS next_from
        FROM (
          SELECT k, phase_no, phase, starts AS valid_from, false AS revision FROM bulk_phase
          UNION ALL
          SELECT k, phase_no, phase, starts + (ends - starts) / 2, true FROM bulk_phase WHERE ends - starts >= 28
        ) AS v
        WINDOW w AS (PARTITION BY v.k ORDER BY v.valid_from, v.revision)
      ) AS n
      JOIN bulk_episode e USING (k)`,
  },
  {
    table: "program",
    sql: `
      INSERT INTO program (id, clinic_id, episode_id, phase, version, created_by_id, created_at)
      SELECT program_id, clinic_id, episode_id, phase::"Phase", version, clinician_id, valid_from + interval '10 hours'
      FROM bulk_prog ORDER BY valid_from, pk`,
  },
  {
    // The same exercises through a phase (a run of the phase's pool from a drawn start); the revision
    // adds a set and two reps. Long-history patients train daily.
    table: "program_item",
    sql: `
      INSERT INTO program_item (clinic_id, program_id, position, exercise_code, sets, reps, hold_seconds, duration_seconds,
                                per_week, per_day, every_days)
      SELECT p.clinic_id, p.program_id, j, x.code,
             CASE WHEN p.revision THEN least(x.sets + 1, 20) ELSE x.sets END,
             CASE WHEN p.revision THEN least(x.reps + 2, 100) ELSE x.reps END,
             x.hold, x.duration,
             CASE WHEN p.veteran THEN 7 ELSE x.per_week END, x.per_day, CASE WHEN p.veteran THEN NULL ELSE x.every_days END
      FROM bulk_prog p
      CROSS JOIN generate_series(0, p.n_items - 1) AS j
      JOIN (SELECT phase, count(*)::int AS n FROM bulk_exercise GROUP BY phase) AS pool ON pool.phase = p.phase
      JOIN bulk_exercise x ON x.phase = p.phase AND x.idx = (floor(pg_temp.rnd(p.k * 10 + p.phase_no, 41) * pool.n)::int + j) % pool.n
      ORDER BY p.valid_from, p.pk, j`,
  },
  {
    table: "plan: program items",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_item AS
      SELECT i.id AS item_id, i.exercise_code AS code, i.sets, i.reps, i.hold_seconds AS hold, i.load_kg, i.per_week, i.every_days,
             p.pk * 10 + i.position AS ik, p.program_id, p.clinic_id, p.patient_id, p.episode_id, p.phase, p.valid_from, p.valid_to,
             p.adherence
      FROM bulk_prog p JOIN program_item i ON i.program_id = p.program_id`,
  },
  {
    // A session is logged on a scheduled day (every Nth day from the version's first day, or with the
    // chance per_week / 7) when the patient kept to the program that day (the episode's adherence).
    table: "exercise_log",
    sql: `
      INSERT INTO exercise_log (id, clinic_id, patient_id, episode_id, program_id, program_item_id, exercise_code, performed_on,
                                as_prescribed, sets, reps, hold_seconds, load_kg, pain_during, idempotency_key, version,
                                created_at, updated_at)
      SELECT pg_temp.uuid7(day + interval '18 hours', lk, 51), clinic_id, patient_id, episode_id, program_id, item_id, code, day,
             as_prescribed, sets - CASE WHEN NOT as_prescribed AND sets > 1 THEN 1 ELSE 0 END, reps, hold, load_kg,
             CASE WHEN pg_temp.rnd(lk, 53) < 0.6
                  THEN floor(pg_temp.rnd(lk, 54) * CASE phase WHEN 'ACUTE' THEN 5 WHEN 'SUBACUTE' THEN 4 ELSE 3 END)::int END,
             pg_temp.uuid7(day + interval '18 hours', lk, 52), 1, day + interval '18 hours', day + interval '18 hours'
      FROM (
        SELECT i.*, i.valid_from + d AS day, i.ik * 1000 + d AS lk, pg_temp.rnd(i.ik * 1000 + d, 55) >= 0.12 AS as_prescribed
        FROM bulk_item i CROSS JOIN generate_series(0, i.valid_to - i.valid_from - 1) AS d
        WHERE CASE WHEN i.every_days IS NOT NULL THEN d % i.every_days = 0 AND pg_temp.rnd(i.ik * 1000 + d, 50) < i.adherence
                   ELSE pg_temp.rnd(i.ik * 1000 + d, 50) < i.adherence * least(1, i.per_week / 7.0) END
      ) AS sessions
      ORDER BY day, lk`,
  },
  {
    // About half the exercise days get an answer the next morning: higher in the first two weeks of care.
    table: "morning_pain",
    sql: `
      INSERT INTO morning_pain (id, clinic_id, patient_id, episode_id, session_date, pain, recorded_at)
      SELECT pg_temp.uuid7(session_date + interval '1 day 8 hours', mk, 61), clinic_id, patient_id, episode_id, session_date,
             least(10, floor(pg_temp.rnd(mk, 62) * 4)::int + CASE WHEN session_date - opened < 14 THEN 2 ELSE 0 END
                       + CASE WHEN pg_temp.rnd(mk, 63) < 0.05 THEN 3 ELSE 0 END),
             session_date + interval '1 day 8 hours'
      FROM (
        SELECT e.clinic_id, e.patient_id, e.episode_id, e.opened, l.performed_on AS session_date, e.k * 10000 + (l.performed_on - e.opened) AS mk
        FROM (SELECT DISTINCT episode_id, performed_on FROM exercise_log WHERE clinic_id IN (SELECT clinic_id FROM bulk_plan)) AS l
        JOIN bulk_episode e USING (episode_id)
        WHERE l.performed_on < pg_temp.today()
      ) AS days
      WHERE pg_temp.rnd(mk, 60) < 0.5
      ORDER BY session_date, mk`,
  },
];
