import pg from "pg";
import { bin, runOrThrow } from "./run";

/** Applies the committed migrations (never `db push`), as CI and production do. */
export async function migrate(databaseUrl: string): Promise<void> {
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: databaseUrl });
}

async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM clinic");
    return rows[0]?.n === "0";
  } finally {
    await client.end();
  }
}

/** Fills the demo dataset when the database has no clinic yet; an existing database is left alone. */
export async function seedIfEmpty(databaseUrl: string): Promise<void> {
  if (await isEmpty(databaseUrl)) await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: databaseUrl });
}
