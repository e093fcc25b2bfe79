/**
 * The page benchmark's data: the bulk generator's clinics in a throwaway database, reused when it
 * already holds them at the asked size, and the ids the measured pages need (clinic 01's clinician,
 * its largest patient — most exercise logs — with a portal account, an episode, two assessments; the
 * statement-count test asks for another clinic and its smallest patient in care the same way).
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

/** Patients of each bulk clinic as the generator would make them for `size`; null when there are none. */
async function existingPatientsPerClinic(url: string): Promise<number[] | null> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(p.id)::int AS n FROM clinic c LEFT JOIN patient p ON p.clinic_id = c.id
       WHERE c.name LIKE $1 || '%' GROUP BY c.name ORDER BY c.name`,
      [BULK_CLINIC_PREFIX],
    );
    return rows.length ? rows.map((row) => row.n) : null;
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
    const clinician = await one<{ email: string }>(`SELECT email FROM app_user WHERE clinic_id = $1 AND role = 'CLINICIAN' AND status = 'ACTIVE' ORDER BY email LIMIT 1`, [clinic.id]);
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
    return { clinic, clinician, admin, patient, episode, assessments, active, registry };
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
    clinician: found.clinician,
    admin: found.admin,
    portal: { email: portalEmail },
    patientId: patient.id,
    patientLogs: patient.logs,
    episodeId: found.episode.id,
    episodePhase: found.episode.phase,
    assessmentIds: [found.assessments[1]!.id, found.assessments[0]!.id],
    activeEpisodes: found.active.n,
    registryTotal: found.registry.n,
    searchTerm: patient.last_name,
  };
}
