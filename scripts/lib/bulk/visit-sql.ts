/**
 * Visits and visit notes of the bulk clinical history (see clinical-sql.ts for the keys and the random
 * numbers). Reads the plan tables bulk_episode, bulk_prog and bulk_assess.
 *
 * Each episode asks for a visit a week on one weekday — the day it opens, or a drawn one when it opens
 * at a weekend — (an assessment, then treatments, every fourth a review, some by telehealth), 1 in 5
 * moved a day, never to a weekend, up to its close — or, while it is active, four weeks ahead. The clinic's days are a grid per clinician: on each working
 * day the visits that clinician's patients ask for are ranked (long-history patients first, then by
 * hash) and laid end to end from 08:00; those that would end after 18:00 are not booked. So one
 * clinician's visits never overlap (the exclusion constraint appointment_no_double_booking holds by
 * construction) and a busy clinic's clinician has a full diary of about 18 visits a day. Visits
 * before "today" were attended, missed or cancelled (with a reason); from today on they are booked
 * (a few cancelled). Nearly every attended visit has a note: signed, except most of the last two
 * days' and 1 in 100 older ones (the caseload's unsigned-note alert); 1 signed note in 16 has one or
 * two addenda. A note links the episode's assessment taken that day and its program version in force.
 */
import type { Step } from "./clinical-sql";

/** The working day: visits from 08:00, the last ending by 18:00 (minutes after 08:00). */
const DAY_MINUTES = 600;
/** How far ahead an active episode's weekly visits are booked. */
const BOOKED_AHEAD_DAYS = 28;

const CANCEL_REASONS = `(ARRAY['Patient unwell', 'Clashes with work', 'Clinician unavailable', 'Travelling', 'Rebooked by phone'])`;
const SUBJECTIVE = `(ARRAY['Less pain on stairs since last visit; slept well.', 'Tightness after football training on Saturday, eased by the next morning.',
  'Home program done most days; some stiffness in the mornings.', 'Reports a cramp at night this week, otherwise improving.',
  'Back to jogging 20 minutes without pain.', 'Pain 3/10 when sprinting; none at rest.'])`;
const OBJECTIVE = `(ARRAY['AKE and SLR retested, see the linked assessment.', 'Full range; mild tenderness at the musculotendinous junction.',
  'Single-leg bridge 18 reps injured side, 24 uninjured.', 'Gait normal; hop test without pain.', 'Strength 4/5 knee flexion, pain-free.'])`;
const ASSESSMENT = `(ARRAY['Progressing as expected for the phase.', 'Slower than expected: load reduced.', 'Ready to progress to the next phase next visit.',
  'Symptoms settled; strength deficit remains.'])`;
const PLAN = `(ARRAY['Continue the home program; review in one week.', 'Add eccentric loading; reduce running volume.',
  'Progress the program (see the linked version).', 'Return-to-sport testing at the next visit.'])`;
const ADDENDA = `(ARRAY['Correction: the pain score at rest was 2/10, not 3/10.', 'Patient phoned: symptoms settled after the visit.',
  'Added after discussion with the team: keep the current phase one more week.', 'Imaging report received: no tear seen.'])`;

export const VISIT_STEPS: Step[] = [
  {
    // The visits each episode asks for: key vk = episode key × 1000 + week number j.
    table: "plan: visits asked for",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_visit_ask AS
      SELECT k, vk, j, clinic_id, patient_id, episode_id, clinician_id, veteran, day,
             CASE WHEN j = 0 THEN 'ASSESSMENT' WHEN j % 4 = 0 THEN 'REVIEW' WHEN pg_temp.rnd(vk, 112) < 0.1 THEN 'TELEHEALTH' ELSE 'TREATMENT' END AS type
      FROM (
        SELECT e.k, e.k * 1000 + j AS vk, j, e.clinic_id, e.patient_id, e.episode_id, e.clinician_id, e.veteran, e.finished, e.closed,
               first_day + 7 * j + CASE WHEN j > 0 AND pg_temp.rnd(e.k * 1000 + j, 111) < 0.2
                                        THEN CASE WHEN extract(isodow FROM first_day) = 5 THEN -1 ELSE 1 END ELSE 0 END AS day
        FROM bulk_episode e
        CROSS JOIN LATERAL (
          SELECT e.opened + (w - extract(isodow FROM e.opened)::int + 7) % 7 AS first_day
          FROM (SELECT CASE WHEN extract(isodow FROM e.opened) <= 5 THEN extract(isodow FROM e.opened)::int
                            ELSE 1 + floor(pg_temp.rnd(e.k, 110) * 5)::int END AS w) AS weekday
        ) AS drawn
        CROSS JOIN generate_series(0, ((CASE WHEN e.finished THEN e.closed ELSE pg_temp.today() + ${BOOKED_AHEAD_DAYS} END) - first_day) / 7) AS j
      ) AS asked
      WHERE CASE WHEN finished THEN day <= closed ELSE day < pg_temp.today() + ${BOOKED_AHEAD_DAYS} END`,
  },
  {
    // Each clinician's day laid out end to end from 08:00 in rank order; what does not fit is dropped.
    table: "plan: visits on the clinicians' grid",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_visit AS
      SELECT v.*, (v.day + time '08:00' + (v.ends_min - v.minutes) * interval '1 minute') AS starts,
             (v.day + time '08:00' + v.ends_min * interval '1 minute') AS ends,
             CASE WHEN v.day < pg_temp.today()
                  THEN CASE WHEN pg_temp.rnd(v.vk, 113) < 0.08 THEN 'CANCELLED' WHEN pg_temp.rnd(v.vk, 113) < 0.13 THEN 'NO_SHOW' ELSE 'ATTENDED' END
                  ELSE CASE WHEN pg_temp.rnd(v.vk, 113) < 0.05 THEN 'CANCELLED' ELSE 'BOOKED' END END AS status,
             pg_temp.uuid7((v.day - 3 - floor(pg_temp.rnd(v.vk, 114) * 18)::int) + interval '9 hours', v.vk, 115) AS appointment_id,
             (v.day - 3 - floor(pg_temp.rnd(v.vk, 114) * 18)::int) + interval '9 hours' + floor(pg_temp.rnd(v.vk, 116) * 480) * interval '1 minute' AS booked_at
      FROM (
        SELECT r.*, sum(r.minutes) OVER (PARTITION BY r.clinician_id, r.day ORDER BY r.rank) AS ends_min
        FROM (
          SELECT a.*, CASE a.type WHEN 'ASSESSMENT' THEN 60 WHEN 'TELEHEALTH' THEN 20 ELSE 30 END AS minutes,
                 row_number() OVER (PARTITION BY a.clinician_id, a.day ORDER BY a.veteran DESC, pg_temp.rnd(a.vk, 117), a.vk) AS rank
          FROM bulk_visit_ask a
        ) AS r
      ) AS v
      WHERE v.ends_min <= ${DAY_MINUTES}`,
  },
  {
    table: "appointment",
    sql: `
      INSERT INTO appointment (id, clinic_id, patient_id, clinician_id, episode_id, type, starts_at, ends_at, status, cancel_reason,
                               booked_by_id, version, request_id, created_at, updated_at)
      SELECT appointment_id, clinic_id, patient_id, clinician_id, episode_id, type::"VisitType", starts AT TIME ZONE 'UTC', ends AT TIME ZONE 'UTC',
             status::"AppointmentStatus",
             CASE WHEN status = 'CANCELLED' THEN ${CANCEL_REASONS}[1 + floor(pg_temp.rnd(vk, 118) * 5)::int] END,
             clinician_id, CASE WHEN status = 'BOOKED' THEN 1 ELSE 2 END, pg_temp.uuid7(booked_at, vk, 119), booked_at,
             CASE WHEN status = 'BOOKED' THEN booked_at WHEN status = 'CANCELLED' THEN least(booked_at + interval '1 day', starts - interval '1 hour')
                  ELSE ends + interval '5 minutes' END
      FROM bulk_visit ORDER BY starts, vk`,
  },
  {
    table: "plan: visit notes",
    temp: true,
    sql: `
      CREATE TEMP TABLE bulk_note AS
      SELECT v.vk, v.clinic_id, v.patient_id, v.appointment_id, v.episode_id, v.clinician_id, a.assessment_id, p.program_id,
             v.ends + (10 + floor(pg_temp.rnd(v.vk, 121) * 30)::int) * interval '1 minute' AS created,
             CASE WHEN (v.day >= pg_temp.today() - 2 AND pg_temp.rnd(v.vk, 122) < 0.6) OR pg_temp.rnd(v.vk, 123) < 0.01 THEN NULL
                  ELSE v.ends + (60 + floor(pg_temp.rnd(v.vk, 124) * 300)::int) * interval '1 minute' END AS signed
      FROM bulk_visit v
      LEFT JOIN (SELECT DISTINCT ON (k, on_day) k, on_day, assessment_id FROM bulk_assess ORDER BY k, on_day, ak) AS a ON a.k = v.k AND a.on_day = v.day
      LEFT JOIN bulk_prog p ON p.k = v.k AND v.day >= p.valid_from AND v.day < p.valid_to
      WHERE v.status = 'ATTENDED' AND pg_temp.rnd(v.vk, 120) < 0.97`,
  },
  {
    table: "visit_note",
    sql: `
      INSERT INTO visit_note (id, clinic_id, patient_id, appointment_id, episode_id, author_id, subjective, objective, assessment, plan,
                              assessment_id, program_id, status, signed_at, signed_by_id, version, request_id, created_at, updated_at)
      SELECT pg_temp.uuid7(created, vk, 125), clinic_id, patient_id, appointment_id, episode_id, clinician_id,
             ${SUBJECTIVE}[1 + floor(pg_temp.rnd(vk, 126) * 6)::int], ${OBJECTIVE}[1 + floor(pg_temp.rnd(vk, 127) * 5)::int],
             ${ASSESSMENT}[1 + floor(pg_temp.rnd(vk, 128) * 4)::int], ${PLAN}[1 + floor(pg_temp.rnd(vk, 129) * 4)::int],
             assessment_id, program_id, (CASE WHEN signed IS NULL THEN 'DRAFT' ELSE 'SIGNED' END)::"VisitNoteStatus",
             signed AT TIME ZONE 'UTC', CASE WHEN signed IS NOT NULL THEN clinician_id END, CASE WHEN signed IS NULL THEN 1 ELSE 2 END,
             pg_temp.uuid7(created, vk, 130), created AT TIME ZONE 'UTC', coalesce(signed, created) AT TIME ZONE 'UTC'
      FROM bulk_note ORDER BY created, vk`,
  },
  {
    table: "visit_note_addendum",
    sql: `
      INSERT INTO visit_note_addendum (id, clinic_id, note_id, author_id, text, request_id, created_at)
      SELECT pg_temp.uuid7(at, vk * 10 + g, 131), n.clinic_id, vn.id, n.clinician_id, ${ADDENDA}[1 + floor(pg_temp.rnd(vk * 10 + g, 132) * 4)::int],
             pg_temp.uuid7(at, vk * 10 + g, 133), at AT TIME ZONE 'UTC'
      FROM bulk_note n
      JOIN visit_note vn ON vn.appointment_id = n.appointment_id AND vn.clinic_id = n.clinic_id
      CROSS JOIN generate_series(1, 1 + (pg_temp.rnd(n.vk, 134) < 0.3)::int) AS g
      CROSS JOIN LATERAL (SELECT n.signed + g * (1 + floor(pg_temp.rnd(n.vk * 10 + g, 135) * 3)::int) * interval '1 day' AS at) AS dated
      WHERE n.signed IS NOT NULL AND pg_temp.rnd(n.vk, 136) < 0.0625 AND at < pg_temp.today()
      ORDER BY at, vk, g`,
  },
];
