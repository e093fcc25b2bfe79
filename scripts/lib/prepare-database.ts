import { Logger, runMigrations } from "graphile-worker";
import pg from "pg";
import { bin, runOrThrow } from "./run";

/**
 * Applies the committed migrations (never `db push`), as CI and production do, then installs or
 * upgrades the job queue's own schema (graphile_worker), which the app adds e-mail jobs to (lib/mail).
 */
export async function migrate(databaseUrl: string): Promise<void> {
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl });
  await runMigrations({ connectionString: databaseUrl, logger: quietQueueLogger });
}

const quietQueueLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(message);
});

/** Whether the (migrated) database has no clinic yet, the only state demo data may be added to. */
export async function hasNoClinic(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM clinic");
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}

/** Fills the demo dataset (prisma/seed.ts). Callers check hasNoClinic first: the demo never mixes with real clinics. */
export async function seedDemo(databaseUrl: string): Promise<void> {
  await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: databaseUrl });
}

/** Printed when a database the operator started has no clinic: how to make the first one. */
export const NO_CLINIC_HINT =
  'The database has no clinic yet: create yours with npm run setup -- --clinic "Name" --admin you@clinic.example, or add the demo clinics with npm run db:seed-demo.';
