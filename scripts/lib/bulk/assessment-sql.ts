/**
 * Assessments with measurements, LEFS questionnaires with their 20 answers, and cramps of the bulk
 * clinical history (see clinical-sql.ts for the keys and the random numbers). Values follow recovery:
 * `progress` runs from 0 when the episode opens to 1 at its planned end, and the injured side's deficit
 * (bulk_measure.injured, from reference.ts) fades with it. Every value is rounded to the measure's step
 * and clamped to its catalogue range, so the CHECK constraints hold.
 */
import type { Step } from "./clinical-sql";

const PROGRESS = `least(1.0, (on_day - e.opened)::float8 / greatest(1, CASE WHEN e.finished THEN e.ends - e.opened ELSE e.d_a + e.d_s + e.d_p END))`;

export const ASSESSMENT_STEPS: Step[] = [
  {
    // A full assessment when the episode opens, a short one at each later phase, half-way through a
    // long subacute phase, and at discharge.
    table: "plan: assessments",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_assess AS
      SELECT a.k * 10 + a.n AS ak, a.on_day, a.full_set, ${PROGRESS} AS progress, e.k, e.patient_key, e.side, e.clinic_id,
             e.patient_id, e.episode_id, e.clinician_id,
             pg_temp.uuid7(a.on_day + interval '11 hours', a.k * 10 + a.n, 71) AS assessment_id
      FROM (
        SELECT k, on_day, full_set, row_number() OVER (PARTITION BY k ORDER BY on_day, full_set DESC) AS n
        FROM (
          SELECT k, starts AS on_day, phase_no = 1 AS full_set FROM bulk_phase
          UNION ALL SELECT k, starts + (ends - starts) / 2, false FROM bulk_phase WHERE phase_no = 2 AND ends - starts >= 28
          UNION ALL SELECT k, closed, false FROM bulk_episode WHERE finished
        ) AS points
      ) AS a
      JOIN bulk_episode e USING (k)`,
  },
  {
    table: "assessment",
    sql: `
      INSERT INTO assessment (id, clinic_id, patient_id, episode_id, clinician_id, assessed_on, body_mass_kg, version, request_id,
                              created_at, updated_at)
      SELECT assessment_id, clinic_id, patient_id, episode_id, clinician_id, on_day,
             round((55 + pg_temp.rnd(patient_key, 73) * 40)::numeric, 1)::float8, 1, pg_temp.uuid7(on_day + interval '11 hours', ak, 72),
             on_day + interval '11 hours', on_day + interval '11 hours'
      FROM bulk_assess ORDER BY on_day, ak`,
  },
  {
    table: "measurement",
    sql: `
      INSERT INTO measurement (clinic_id, assessment_id, measure_code, side, value, method, context, flag)
      SELECT clinic_id, assessment_id, code, side::"MeasurementSide",
             greatest(min, least(max, round((raw / step)::numeric) * step::numeric))::float8, method,
             CASE WHEN choices IS NOT NULL THEN choices[1 + floor(pg_temp.rnd(patient_key * 100 + midx, 84) * cardinality(choices))::int]
                  ELSE context END,
             CASE WHEN flagged THEN affected AND progress < 0.5 END
      FROM (
        SELECT a.clinic_id, a.assessment_id, a.patient_key, a.progress, m.*, s.side, s.affected,
               m.base + CASE WHEN s.affected THEN m.injured * (1 - a.progress) ELSE 0 END
               + CASE WHEN m.stable
                      THEN (pg_temp.rnd(a.patient_key * 100 + m.midx, 81) - 0.5) * 2 * m.noise
                           + (pg_temp.rnd(a.patient_key * 1000 + m.midx * 3 + s.side_no, 82) - 0.5) * 0.6
                      ELSE (pg_temp.rnd(a.ak * 1000 + m.midx * 3 + s.side_no, 83) - 0.5) * 2 * m.noise END AS raw
        FROM bulk_assess a
        JOIN bulk_measure m ON a.full_set OR NOT m.full_set
        CROSS JOIN LATERAL (
          SELECT side, side_no, NOT m.bilateral OR a.side = 'BOTH' OR a.side = side AS affected
          FROM unnest(CASE WHEN m.bilateral THEN ARRAY['LEFT', 'RIGHT'] ELSE ARRAY['NONE'] END) WITH ORDINALITY AS sides(side, side_no)
        ) AS s
      ) AS readings
      ORDER BY assessment_id, midx, side`,
  },
  {
    // LEFS when the episode opens, when it enters prevention and at discharge; 1 in 10 active episodes
    // also has one asked for two days ago and not yet answered (no total, no answers).
    table: "plan: LEFS questionnaires",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_lefs AS
      SELECT q.k * 10 + q.n AS qk, q.on_day, q.pending, ${PROGRESS} AS progress, e.clinic_id, e.patient_id, e.episode_id, e.clinician_id,
             pg_temp.uuid7(q.on_day + interval '9 hours', q.k * 10 + q.n, 91) AS questionnaire_id
      FROM (
        SELECT k, on_day, pending, row_number() OVER (PARTITION BY k ORDER BY on_day, pending) AS n
        FROM (
          SELECT k, starts AS on_day, false AS pending FROM bulk_phase WHERE phase_no IN (1, 3)
          UNION ALL SELECT k, closed, false FROM bulk_episode WHERE finished
          UNION ALL SELECT k, pg_temp.today() - 2, true FROM bulk_episode
          WHERE NOT finished AND opened < pg_temp.today() - 2 AND pg_temp.rnd(k, 92) < 0.1
        ) AS points
      ) AS q
      JOIN bulk_episode e USING (k)`,
  },
  {
    table: "plan: LEFS answers",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_lefs_answer AS
      SELECT q.questionnaire_id, item,
             greatest(0, least(4, round((0.3 + 0.65 * q.progress - CASE WHEN item BETWEEN 16 AND 19 THEN 0.25 ELSE 0 END) * 4
                                        + (pg_temp.rnd(q.qk * 100 + item, 93) - 0.5) * 1.6)))::int AS score,
             q.on_day + interval '9 hours' + item * interval '20 seconds' AS answered_at
      FROM bulk_lefs q CROSS JOIN generate_series(1, 20) AS item
      WHERE NOT q.pending`,
  },
  {
    table: "lefs_questionnaire",
    sql: `
      INSERT INTO lefs_questionnaire (id, clinic_id, patient_id, episode_id, requested_by_id, requested_at, completed_at, total)
      SELECT q.questionnaire_id, q.clinic_id, q.patient_id, q.episode_id, q.clinician_id, q.on_day + interval '9 hours',
             CASE WHEN NOT q.pending THEN q.on_day + interval '9 hours 7 minutes' END, t.total
      FROM bulk_lefs q LEFT JOIN (SELECT questionnaire_id, sum(score)::int AS total FROM bulk_lefs_answer GROUP BY questionnaire_id) AS t
        USING (questionnaire_id)
      ORDER BY q.on_day, q.qk`,
  },
  {
    table: "lefs_answer",
    sql: `INSERT INTO lefs_answer (questionnaire_id, item, score, answered_at)
          SELECT questionnaire_id, item, score, answered_at FROM bulk_lefs_answer ORDER BY questionnaire_id, item`,
  },
  {
    // About 1 episode in 7 has 1–4 cramps: at night mostly in the calf or foot (seldom the hamstring,
    // domain.md §1.6), during or after exercise mostly in the hamstring.
    table: "cramp_entry",
    sql: `
      INSERT INTO cramp_entry (id, clinic_id, patient_id, episode_id, onset_at, context, muscle_site, side, duration_seconds, severity,
                               stopped_activity, relief_methods, fluid_intake_ml, sleep_disrupted, systemic_symptoms, idempotency_key,
                               created_at)
      SELECT pg_temp.uuid7(onset, ck, 95), clinic_id, patient_id, episode_id, onset AT TIME ZONE 'UTC', context::"CrampContext",
             CASE WHEN night THEN (ARRAY['CALF', 'CALF', 'CALF', 'FOOT', 'FOOT', 'HAMSTRING_UNSPECIFIED'])[1 + floor(pg_temp.rnd(ck, 96) * 6)::int]
                  ELSE (ARRAY['HAMSTRING_MEDIAL', 'HAMSTRING_LATERAL', 'HAMSTRING_UNSPECIFIED', 'CALF', 'QUADRICEPS'])[1 + floor(pg_temp.rnd(ck, 96) * 5)::int]
             END::"MuscleSite",
             side::"InjurySide", 10 + floor(pg_temp.rnd(ck, 97) * 290)::int, 2 + floor(pg_temp.rnd(ck, 98) * 7)::int,
             context = 'DURING_EXERCISE' AND pg_temp.rnd(ck, 99) < 0.5,
             CASE WHEN pg_temp.rnd(ck, 100) < 0.7 THEN ARRAY['STATIC_STRETCH'] ELSE ARRAY['MASSAGE', 'WALKING'] END::"ReliefMethod"[],
             CASE WHEN pg_temp.rnd(ck, 101) < 0.6 THEN 500 + 100 * floor(pg_temp.rnd(ck, 102) * 26)::int END,
             CASE WHEN night THEN true END, pg_temp.rnd(ck, 103) < 0.01, pg_temp.uuid7(onset, ck, 104), onset + interval '5 minutes'
      FROM (
        SELECT c.*, c.context IN ('NIGHT_SLEEP', 'REST_LYING_AWAKE') AS night,
               (c.on_day + CASE WHEN c.context IN ('NIGHT_SLEEP', 'REST_LYING_AWAKE') THEN interval '3 hours' ELSE interval '18 hours 30 minutes' END)::timestamp AS onset
        FROM (
          SELECT e.clinic_id, e.patient_id, e.episode_id, e.side, e.k * 10 + n AS ck,
                 e.opened + floor(pg_temp.rnd(e.k * 10 + n, 105) * (e.ends - e.opened))::int AS on_day,
                 (ARRAY['NIGHT_SLEEP', 'NIGHT_SLEEP', 'NIGHT_SLEEP', 'REST_LYING_AWAKE', 'DURING_EXERCISE', 'DURING_EXERCISE',
                        'POST_EXERCISE', 'POST_EXERCISE', 'REST_SITTING', 'OTHER'])[1 + floor(pg_temp.rnd(e.k * 10 + n, 106) * 10)::int] AS context
          FROM bulk_episode e CROSS JOIN generate_series(1, 1 + floor(pg_temp.rnd(e.k, 107) * 4)::int) AS n
          WHERE pg_temp.rnd(e.k, 108) < 0.15
        ) AS c
      ) AS cramps
      ORDER BY onset, ck`,
  },
];
