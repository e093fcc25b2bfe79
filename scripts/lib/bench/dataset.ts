/**
 * The page benchmark's data: the bulk generator's clinics in a throwaway database, reused when it
 * already holds them at the asked size, and the ids the measured pages need (clinic 01's clinician and
 * the busiest day of its diary in the coming week, its largest patient — most exercise logs — with a
 * portal account, an episode, two assessments, its next booked visit and its signed visit note with
 * the most addenda; the statement-count test asks for another clinic and its smallest patient in care
 * the same way).
 */
import pg from "pg";
import { todayIsoDate } from "../../../lib/core/dates";
import { createPrismaClient, createUser, hashForTests } from "../../../prisma/factories";
import { BULK_CLINIC_PREFIX, BULK_TABLES, generateBulk, planClinics, type BulkOptions } from "../bulk/generate";

export type DatasetSize = Pick<BulkOptions, "patients" | "clinics" | "historyScale">;

export const FULL_SIZE: DatasetSize = { patients: 100_000, clinics: 20, historyScale: 1 };
export const SMOKE_SIZE: DatasetSize = { patients: 2_000, clinics: 2, historyScale: 0.02 };

const PORTAL_EMAIL = "bench-portal-patient@bench.example";

export type Targets = {
  clinicId: string;
  clinician: { email: string };
  admin: { email: string } | null;
  portal: { email: string };
  patientId: string;
  patientLogs: number;
  episodeId: string;
  /** The measured episode's phase (its page evaluates the gate to the next phase, except in the last). */
  episodePhase: string;
  assessmentIds: [string, string];
  /** Active episodes in the measured clinic (the dashboard's rows to consider). */
  activeEpisodes: number;
  /** The clinician's diary day measured: the day from today on, within a week, with the most visits. */
  diaryDay: string;
  /** The measured patient's visit nearest to now, booked if it has one (the visit page). */
  visitId: string;
  /** The visit of the measured patient's signed note with the most addenda, latest first (the note page). */
  noteVisitId: string;
  /** Visits of the measured clinic, of the measured patient and in the measured clinician's diary week; the clinic's visit notes. */
  appointments: { clinic: number; patient: number; diaryWeek: number; notes: number };
  /** Active patients in the measured clinic: the registry's default list. */
  registryTotal: number;
  searchTerm: string;
};

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Patients of each bulk clinic as the generator would make them for `size`; null when there are none, or no visits. */
async function existingPatientsPerClinic(url: string): Promise<number[] | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(p.id)::int AS n FROM clinic c LEFT JOIN patient p ON p.clinic_id = c.id
       WHERE c.name LIKE $1 || '%' GROUP BY c.name ORDER BY c.name`,
      [BULK_CLINIC_PREFIX],
    );
    if (!rows.length) return null;
    // Made before the generator booked visits: not the data the pages now need.
    const visits = await client.query(`SELECT 1 FROM appointment WHERE clinic_id IN (SELECT id FROM clinic WHERE name LIKE $1 || '%') LIMIT 1`, [BULK_CLINIC_PREFIX]);
    return visits.rowCount ? rows.map((row) => row.n) : null;
  });
}

/** Fills the database with the bulk clinics unless it already holds them at this size (or `regenerate`). */
export async function ensureBulkData(url: string, size: DatasetSize, regenerate: boolean, log: (line: string) => void): Promise<void> {
  const expected = planClinics(size).map((plan) => plan.patients);
  const existing = await existingPatientsPerClinic(url);
  if (!regenerate && existing && existing.join() === expected.join()) {
    log(`Reusing the bulk clinics already in the database (${existing.length} clinics, ${existing.reduce((a, b) => a + b, 0)} patients).`);
    return;
  }
  log(existing ? "Replacing the bulk clinics in the database (other size, or --regenerate)…" : "Generating the bulk clinics…");
  const options: BulkOptions = { ...size, seed: 2026, today: todayIsoDate(), reset: true, passwordHash: await hashForTests() };
  const result = await generateBulk(url, options, (line) => log(`  ${line}`));
  if (!result.ok) throw new Error("generateBulk refused to replace the bulk clinics");
  await withClient(url, async (client) => {
    for (const table of BULK_TABLES) await client.query(`VACUUM (ANALYZE) ${table}`);
  });
  log(`Generated in ${result.seconds.toFixed(0)} s.`);
}

/** Whose pages to measure: a bulk clinic by number, and its largest patient (most exercise logs) or its smallest one in care. */
export type TargetChoice = { clinicNo: number; patient: "largest" | "smallest"; portalEmail: string; phase?: string };

/**
 * Among patients with an active episode (in the given phase, if one is given), two assessments to
 * compare and some logs: the one with the fewest logs, for comparing with the largest one.
 */
const SMALLEST_IN_CARE = `
  SELECT p.id, p.first_name, p.last_name, p.portal_user_id, (SELECT count(*)::int FROM exercise_log l WHERE l.patient_id = p.id) AS logs
  FROM patient p
  WHERE p.clinic_id = $1 AND p.status = 'ACTIVE'
    AND EXISTS (SELECT 1 FROM episode e WHERE e.patient_id = p.id AND e.status = 'ACTIVE' AND ($2::text IS NULL OR e.phase::text = $2))
    AND (SELECT count(*) FROM assessment a WHERE a.patient_id = p.id) >= 2
    AND EXISTS (SELECT 1 FROM exercise_log l WHERE l.patient_id = p.id)
    AND EXISTS (SELECT 1 FROM visit_note n WHERE n.patient_id = p.id AND n.status = 'SIGNED')
  ORDER BY logs, p.id LIMIT 1`;

const LARGEST = `
  SELECT p.id, p.first_name, p.last_name, p.portal_user_id, count(l.id)::int AS logs
  FROM patient p JOIN exercise_log l ON l.patient_id = p.id
  WHERE p.clinic_id = $1 AND p.status = 'ACTIVE' GROUP BY p.id ORDER BY logs DESC, p.id LIMIT 1`;

/** The ids and accounts the pages are measured with; gives the measured patient a portal account if it has none. */
export async function prepareTargets(url: string, choice: TargetChoice = { clinicNo: 1, patient: "largest", portalEmail: PORTAL_EMAIL }): Promise<Targets> {
  const found = await withClient(url, async (client) => {
    const one = async <T extends pg.QueryResultRow>(sql: string, args: unknown[]): Promise<T> => {
      const { rows } = await client.query<T>(sql, args);
      if (!rows[0]) throw new Error(`The bench data lacks a row for: ${sql.replace(/\s+/g, " ").slice(0, 120)}`);
      return rows[0];
    };
    const clinic = await one<{ id: string }>(`SELECT id FROM clinic WHERE name = $1`, [`${BULK_CLINIC_PREFIX}${String(choice.clinicNo).padStart(2, "0")}`]);
    // The clinic's first clinician (db:bulk's clinician 1, who sees its long-history patients).
    const clinician = await one<{ id: string; email: string }>(
      `SELECT id, email FROM app_user WHERE clinic_id = $1 AND role = 'CLINICIAN' AND status = 'ACTIVE' ORDER BY created_at, email LIMIT 1`,
      [clinic.id],
    );
    const admin = (await client.query<{ email: string }>(`SELECT email FROM app_user WHERE clinic_id = $1 AND role = 'ADMIN' AND status = 'ACTIVE' AND password_hash IS NOT NULL ORDER BY email LIMIT 1`, [clinic.id])).rows[0] ?? null;
    const patient = await one<{ id: string; last_name: string; portal_user_id: string | null; first_name: string; logs: number }>(
      choice.patient === "largest" ? LARGEST : SMALLEST_IN_CARE,
      choice.patient === "largest" ? [clinic.id] : [clinic.id, choice.phase ?? null],
    );
    const episode = await one<{ id: string; phase: string }>(
      `SELECT id, phase::text FROM episode WHERE patient_id = $1 ORDER BY (status = 'ACTIVE') DESC, onset_date DESC, id LIMIT 1`,
      [patient.id],
    );
    const { rows: assessments } = await client.query<{ id: string }>(`SELECT id FROM assessment WHERE patient_id = $1 ORDER BY assessed_on DESC, id LIMIT 2`, [patient.id]);
    if (assessments.length < 2) throw new Error("The largest patient has fewer than two assessments to compare");
    const active = await one<{ n: number }>(`SELECT count(*)::int AS n FROM episode WHERE clinic_id = $1 AND status = 'ACTIVE'`, [clinic.id]);
    const registry = await one<{ n: number }>(`SELECT count(*)::int AS n FROM patient WHERE clinic_id = $1 AND status = 'ACTIVE'`, [clinic.id]);
    // Bulk clinics keep UTC, so a visit's day is its UTC date.
    const diary = await one<{ day: string; week: number }>(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
              (SELECT count(*)::int FROM appointment w WHERE w.clinic_id = $1 AND w.clinician_id = $2
                 AND w.starts_at >= date_trunc('week', d.day) AT TIME ZONE 'UTC' AND w.starts_at < (date_trunc('week', d.day) + interval '7 days') AT TIME ZONE 'UTC') AS week
       FROM generate_series((now() AT TIME ZONE 'UTC')::date::timestamp, (now() AT TIME ZONE 'UTC')::date + interval '6 days', interval '1 day') AS d(day)
       LEFT JOIN appointment a ON a.clinic_id = $1 AND a.clinician_id = $2 AND a.status <> 'CANCELLED'
         AND a.starts_at >= d.day AT TIME ZONE 'UTC' AND a.starts_at < (d.day + interval '1 day') AT TIME ZONE 'UTC'
       GROUP BY d.day ORDER BY count(a.id) DESC, d.day LIMIT 1`,
      [clinic.id, clinician.id],
    );
    const visit = await one<{ id: string }>(
      `SELECT id FROM appointment WHERE clinic_id = $1 AND patient_id = $2 ORDER BY (status = 'BOOKED' AND starts_at > now()) DESC, abs(extract(epoch FROM starts_at - now())), id LIMIT 1`,
      [clinic.id, patient.id],
    );
    const note = await one<{ appointment_id: string }>(
      `SELECT n.appointment_id FROM visit_note n LEFT JOIN visit_note_addendum d ON d.note_id = n.id
       WHERE n.clinic_id = $1 AND n.patient_id = $2 AND n.status = 'SIGNED' GROUP BY n.id ORDER BY count(d.id) DESC, n.created_at DESC, n.id LIMIT 1`,
      [clinic.id, patient.id],
    );
    const visits = await one<{ clinic: number; patient: number; notes: number }>(
      `SELECT count(*)::int AS clinic, count(*) FILTER (WHERE patient_id = $2)::int AS patient,
              (SELECT count(*)::int FROM visit_note WHERE clinic_id = $1) AS notes
       FROM appointment WHERE clinic_id = $1`,
      [clinic.id, patient.id],
    );
    return { clinic, clinician, admin, patient, episode, assessments, active, registry, diary, visit, note, visits };
  });

  const { patient } = found;
  let portalEmail = choice.portalEmail;
  if (patient.portal_user_id) {
    portalEmail = await withClient(url, async (client) => (await client.query<{ email: string }>(`SELECT email FROM app_user WHERE id = $1`, [patient.portal_user_id])).rows[0]!.email);
  } else {
    const db = createPrismaClient(url);
    try {
      await db.user.deleteMany({ where: { email: portalEmail } });
      const user = await createUser(db, { clinicId: found.clinic.id, email: portalEmail, name: `${patient.first_name} ${patient.last_name}`, role: "PATIENT", passwordHash: await hashForTests() });
      await db.patient.update({ where: { id: patient.id }, data: { portalUserId: user.id } });
    } finally {
      await db.$disconnect();
    }
  }
  return {
    clinicId: found.clinic.id,
    clinician: { email: found.clinician.email },
    admin: found.admin,
    portal: { email: portalEmail },
    patientId: patient.id,
    patientLogs: patient.logs,
    episodeId: found.episode.id,
    episodePhase: found.episode.phase,
    assessmentIds: [found.assessments[1]!.id, found.assessments[0]!.id],
    activeEpisodes: found.active.n,
    diaryDay: found.diary.day,
    visitId: found.visit.id,
    noteVisitId: found.note.appointment_id,
    appointments: { clinic: found.visits.clinic, patient: found.visits.patient, diaryWeek: found.diary.week, notes: found.visits.notes },
    registryTotal: found.registry.n,
    searchTerm: patient.last_name,
  };
}
