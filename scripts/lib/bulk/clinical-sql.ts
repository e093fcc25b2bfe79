/**
 * The SQL of the bulk clinical history, one set-based statement per step (scripts/lib/bulk/generate.ts
 * runs them in order). Every random number is pg_temp.rnd(key, salt): a hash of a stable key (clinic,
 * patient, episode, version, item, day …) and the seed, so a row's values do not depend on the order
 * PostgreSQL happens to produce rows in, and the same seed and day give the same rows. Ids are
 * deterministic too: pg_temp.uuid7 puts the row's own timestamp in a version-7 uuid (so ids sort by
 * time, as the app's uuid(7) defaults do) and fills the random bits from the same hash.
 *
 * Shape of the history (all dates UTC days, as the app stores them): an episode passes through the
 * phases ACUTE → SUBACUTE → PREVENTION, one program version per phase entered plus a revision half-way
 * through any phase of 28 days or more; a log is written only on a day inside its version's window
 * [valid_from, valid_to), which lies inside the episode (opened … closed, or yesterday while active).
 */

/** Session functions: the seed and the day "today" are baked in as literals (both validated by the caller). */
export function sessionFunctionsSql(seed: number, today: string): string[] {
  const hash = (salt: string) => `hashint8extended(k, ${seed}::bigint * 100000 + ${salt})`;
  return [
    `CREATE FUNCTION pg_temp.today() RETURNS date LANGUAGE sql IMMUTABLE AS $$ SELECT date '${today}' $$`,
    `CREATE FUNCTION pg_temp.rnd(k bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
       $$ SELECT ((${hash("salt")} >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$`,
    `CREATE FUNCTION pg_temp.uuid7(at timestamp, k bigint, salt int) RETURNS uuid LANGUAGE sql IMMUTABLE AS
       $$ SELECT (lpad(to_hex(floor(extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7'
                  || lpad(to_hex(${hash("salt")} & 4095), 3, '0')
                  || to_hex(((${hash("salt + 50000")} >> 48) & 16383) | 32768)
                  || lpad(to_hex(${hash("salt + 50000")} & 281474976710655), 12, '0'))::uuid $$`,
  ];
}

export type Step = { table: string; sql: string; temp?: boolean };

const PATIENT_KEY = "c.clinic_no * 10000000::bigint + g * 10";

export const PATIENTS_SQL = `
  INSERT INTO patient (id, clinic_id, record_number, first_name, last_name, date_of_birth, sex, dominant_leg,
                       sport, status, archived_at, search_text, version, created_at, updated_at)
  SELECT pg_temp.uuid7(created_at, k, 11), clinic_id, record_number, first_name, last_name, date_of_birth,
         sex::"Sex", leg::"Leg", sport, status::"PatientStatus", CASE WHEN status = 'ARCHIVED' THEN updated_at END,
         lower(first_name || ' ' || last_name || ' ' || record_number), 1, created_at, updated_at
  FROM (
    SELECT k, clinic_id, record_number, sex, date_of_birth, leg, sport, status, created_at,
           CASE WHEN sex = 'FEMALE' THEN ($1::text[])[1 + floor(pg_temp.rnd(k, 2) * cardinality($1::text[]))::int]
                ELSE ($2::text[])[1 + floor(pg_temp.rnd(k, 2) * cardinality($2::text[]))::int] END AS first_name,
           ($3::text[])[1 + floor(pg_temp.rnd(k, 3) * cardinality($3::text[]))::int] AS last_name,
           created_at + pg_temp.rnd(k, 9) * (pg_temp.today() - created_at::date) * interval '1 day' AS updated_at
    FROM (
      SELECT ${PATIENT_KEY} AS k, c.clinic_id, 'B-' || lpad(g::text, 6, '0') AS record_number,
             CASE WHEN pg_temp.rnd(${PATIENT_KEY}, 1) < 0.5 THEN 'FEMALE' ELSE 'MALE' END AS sex,
             pg_temp.today() - 16 * 365 - floor(pg_temp.rnd(${PATIENT_KEY}, 4) * 54 * 365)::int AS date_of_birth,
             CASE WHEN pg_temp.rnd(${PATIENT_KEY}, 5) < 0.25 THEN 'LEFT' WHEN pg_temp.rnd(${PATIENT_KEY}, 5) < 0.9 THEN 'RIGHT' END AS leg,
             -- Indexes past the array's end give NULL: about a quarter of patients name no sport.
             ($4::text[])[1 + floor(pg_temp.rnd(${PATIENT_KEY}, 6) * (cardinality($4::text[]) + 3))::int] AS sport,
             -- Only patients with no active episode are archived.
             CASE WHEN g > c.active AND pg_temp.rnd(${PATIENT_KEY}, 7) < $5 THEN 'ARCHIVED' ELSE 'ACTIVE' END AS status,
             -- Created before any bulk episode (the oldest opens about 2 years ago).
             (pg_temp.today() - 900 - floor(pg_temp.rnd(${PATIENT_KEY}, 8) * 365)::int) + interval '9 hours' AS created_at
      FROM bulk_plan c, generate_series(1, c.patients) AS g
    ) AS drawn
  ) AS patient_rows`;

/** Draws an episode's phase lengths (days) from its key k: acute 4–10, subacute 21–56, prevention 21–120. */
const DURATIONS = `4 + floor(pg_temp.rnd(k, 1) * 7)::int AS d_a, 21 + floor(pg_temp.rnd(k, 2) * 36)::int AS d_s,
                   21 + floor(pg_temp.rnd(k, 3) * 100)::int AS d_p`;

export const EPISODE_PLAN_STEPS: Step[] = [
  {
    table: "plan: active and finished episodes",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_ep AS
      SELECT k, clinic_no, patient_no, seq, d_a, d_s, d_p, reached, finished, opened,
             0.7 + pg_temp.rnd(k, 8) * 0.28 AS adherence, 4 + (pg_temp.rnd(k, 9) < 0.5)::int AS n_items, false AS veteran
      FROM (
        SELECT *, CASE WHEN finished
                    THEN pg_temp.today() - 7 - floor(pg_temp.rnd(k, 6) * 700)::int - (d_a + d_s + CASE WHEN reached = 3 THEN d_p ELSE 0 END)
                    ELSE pg_temp.today() - (CASE reached WHEN 1 THEN 0 WHEN 2 THEN d_a ELSE d_a + d_s END
                         + floor(pg_temp.rnd(k, 5) * CASE reached WHEN 1 THEN d_a WHEN 2 THEN d_s ELSE d_p END)::int) END AS opened
        FROM (
          SELECT *, ${DURATIONS},
                 CASE WHEN finished THEN CASE WHEN pg_temp.rnd(k, 4) < 0.3 THEN 2 ELSE 3 END
                      ELSE CASE WHEN pg_temp.rnd(k, 4) < 0.25 THEN 1 WHEN pg_temp.rnd(k, 4) < 0.7 THEN 2 ELSE 3 END END AS reached
          FROM (
            SELECT c.clinic_no * 10000000::bigint + g * 10 + CASE WHEN g <= c.active THEN 2 ELSE 1 END AS k,
                   c.clinic_no, g AS patient_no, CASE WHEN g <= c.active THEN 2 ELSE 1 END AS seq, g > c.active AS finished
            FROM bulk_plan c, generate_series(c.veterans + 1, c.active + c.finished) AS g
          ) AS keyed
        ) AS drawn
      ) AS dated`,
  },
  {
    table: "plan: earlier episodes of active patients",
    temp: true,
    sql: `
      INSERT INTO bulk_ep
      SELECT k, clinic_no, patient_no, 1, d_a, d_s, d_p, reached, true,
             closed - (d_a + d_s + CASE WHEN reached = 3 THEN d_p ELSE 0 END),
             0.7 + pg_temp.rnd(k, 8) * 0.28, 4 + (pg_temp.rnd(k, 9) < 0.5)::int, false
      FROM (
        SELECT k, clinic_no, patient_no, ${DURATIONS}, CASE WHEN pg_temp.rnd(k, 4) < 0.3 THEN 2 ELSE 3 END AS reached,
               later_opened - 7 - floor(pg_temp.rnd(k, 6) * 120)::int AS closed
        FROM (SELECT k - 1 AS k, clinic_no, patient_no, opened AS later_opened FROM bulk_ep
              WHERE seq = 2 AND pg_temp.rnd(k, 7) < 0.3) AS later
      ) AS drawn`,
  },
  {
    table: "plan: long-history patients (2 years, 5 episodes)",
    temp: true,
    sql: `
      INSERT INTO bulk_ep
      SELECT c.clinic_no * 10000000::bigint + g * 10 + seq, c.clinic_no, g, seq, 7, 63, 70, 3, seq < 5,
             pg_temp.today() - 730 + (seq - 1) * 146, 0.93, 5, true
      FROM bulk_plan c, generate_series(1, c.veterans) AS g, generate_series(1, 5) AS seq`,
  },
  {
    table: "plan: episode ids",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_episode AS
      SELECT e.*, CASE WHEN e.finished THEN e.opened + e.d_a + e.d_s + CASE WHEN e.reached = 3 THEN e.d_p ELSE 0 END END AS closed,
             CASE WHEN e.finished THEN e.opened + e.d_a + e.d_s + CASE WHEN e.reached = 3 THEN e.d_p ELSE 0 END ELSE pg_temp.today() END AS ends,
             e.k - e.seq AS patient_key, c.clinic_id, u.clinician_id, p.id AS patient_id,
             pg_temp.uuid7(e.opened + interval '10 hours', e.k, 21) AS episode_id,
             CASE WHEN pg_temp.rnd(e.k, 10) < 0.45 THEN 'LEFT' WHEN pg_temp.rnd(e.k, 10) < 0.95 THEN 'RIGHT' ELSE 'BOTH' END AS side,
             floor(pg_temp.rnd(e.k, 11) * 4)::int AS diagnosis
      FROM bulk_ep e
      JOIN bulk_plan c USING (clinic_no)
      JOIN bulk_clinician u ON u.clinic_no = e.clinic_no AND u.n = 1 + (e.patient_no - 1) % c.clinicians
      JOIN patient p ON p.clinic_id = c.clinic_id AND p.record_number = 'B-' || lpad(e.patient_no::text, 6, '0')`,
  },
  {
    table: "plan: phases",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_phase AS
      SELECT e.k, n AS phase_no, (ARRAY['ACUTE', 'SUBACUTE', 'PREVENTION'])[n] AS phase,
             e.opened + CASE n WHEN 1 THEN 0 WHEN 2 THEN e.d_a ELSE e.d_a + e.d_s END AS starts,
             CASE WHEN n < e.reached THEN e.opened + CASE n WHEN 1 THEN e.d_a ELSE e.d_a + e.d_s END ELSE e.ends END AS ends
      FROM bulk_episode e, generate_series(1, e.reached) AS n`,
  },
];

const DIAGNOSES = `(ARRAY['Hamstring strain', 'Hamstring strain (recurrent)', 'Hamstring tightness with cramps', 'Posterior thigh pain with leg-length difference'])`;
const ICD10 = `(ARRAY['S76.3', 'S76.3', 'R25.2', 'M79.65'])`;

export const EPISODE_STEPS: Step[] = [
  {
    table: "episode",
    sql: `
      INSERT INTO episode (id, clinic_id, patient_id, clinician_id, diagnosis, icd10_code, side, onset_date, mechanism,
                           status, phase, phase_since, version, request_id, created_at, updated_at)
      SELECT e.episode_id, e.clinic_id, e.patient_id, e.clinician_id, ${DIAGNOSES}[1 + e.diagnosis], ${ICD10}[1 + e.diagnosis],
             e.side::"InjurySide", e.opened - floor(pg_temp.rnd(e.k, 12) * 10)::int,
             (ARRAY['SPRINTING', 'STRETCHING', 'OTHER'])[1 + floor(pg_temp.rnd(e.k, 13) * 3)::int]::"InjuryMechanism",
             (CASE WHEN e.finished THEN 'FINISHED' ELSE 'ACTIVE' END)::"EpisodeStatus", ph.phase::"Phase",
             ph.starts + interval '10 hours', 1, pg_temp.uuid7(e.opened + interval '10 hours', e.k, 22),
             e.opened + interval '10 hours', coalesce(e.closed, ph.starts) + interval '10 hours'
      FROM bulk_episode e JOIN bulk_phase ph ON ph.k = e.k AND ph.phase_no = e.reached
      ORDER BY e.opened`,
  },
  {
    table: "phase_change",
    sql: `
      INSERT INTO phase_change (clinic_id, episode_id, from_phase, to_phase, changed_by_id, reason, changed_at)
      SELECT e.clinic_id, e.episode_id, (ARRAY['ACUTE', 'SUBACUTE'])[ph.phase_no - 1]::"Phase", ph.phase::"Phase", e.clinician_id,
             CASE WHEN ph.phase_no = 1 THEN 'Episode opened' ELSE 'Exit criteria met' END, ph.starts + interval '10 hours'
      FROM bulk_phase ph JOIN bulk_episode e USING (k)
      ORDER BY ph.starts, e.k`,
  },
  {
    table: "episode_status_change",
    sql: `
      INSERT INTO episode_status_change (clinic_id, episode_id, from_status, to_status, changed_by_id, changed_at)
      SELECT clinic_id, episode_id, 'ACTIVE', 'FINISHED', clinician_id, closed + interval '10 hours'
      FROM bulk_episode WHERE finished ORDER BY closed, k`,
  },
];
