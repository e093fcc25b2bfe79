/**
 * Backup and restore round trip (issue 13): the demo seed in a fresh database, `npm run db:backup`,
 * `npm run db:restore` into another fresh database, then every table's row count and checksum are
 * equal. A restore over a non-empty database is refused without --force and replaces it with it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { tableFingerprints } from "./lib/backup";
import { migrate, seedDemo } from "./lib/prepare-database";

const server = new URL(process.env.DATABASE_URL!);
const urlOf = (database: string) => Object.assign(new URL(server), { pathname: `/${database}` }).toString();
const [source, target] = ["backup_source", "backup_target"].map((suffix) => `${server.pathname.slice(1)}_${suffix}`) as [string, string];
const folder = mkdtempSync(path.join(os.tmpdir(), "rehabit-backup-"));
const file = path.join(folder, "rehabit.backup");

async function recreate(...databases: string[]) {
  const admin = new pg.Client({ connectionString: urlOf("postgres") });
  await admin.connect();
  for (const database of databases) {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  }
  await admin.end();
}

/** The npm command as an operator runs it, against DATABASE_URL's database. */
function command(mode: "backup" | "restore", database: string, ...args: string[]) {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/db-backup.ts", mode, file, ...args], {
    env: { ...process.env, DATABASE_URL: urlOf(database) },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  await recreate(source, target);
  await migrate(urlOf(source));
  await seedDemo(urlOf(source));
}, 120_000);

afterAll(async () => {
  await recreate(source, target);
  rmSync(folder, { recursive: true, force: true });
});

it("restores into a fresh database every row of every table, equal by count and checksum", async () => {
  expect(command("backup", source).status).toBe(0);
  const restore = command("restore", target);
  expect(restore.output).toContain("Restored");
  expect(restore.status).toBe(0);

  const [before, after] = [await tableFingerprints(urlOf(source)), await tableFingerprints(urlOf(target))];
  expect(Object.keys(before).length).toBeGreaterThan(15);
  expect(before.measurement!.rows).toBeGreaterThan(0);
  expect(before.exercise_log!.rows).toBeGreaterThan(0);
  expect(after).toEqual(before);
  // The dashboard's stored alerts are not copied: the restored episodes' triggers made a row for each.
  const client = new pg.Client({ connectionString: urlOf(target) });
  await client.connect();
  const { rows } = await client.query<{ episodes: number; summaries: number }>(
    "SELECT (SELECT count(*)::int FROM episode) AS episodes, (SELECT count(*)::int FROM caseload_summary) AS summaries",
  );
  await client.end();
  expect(rows[0]!.summaries).toBe(before.episode!.rows);
  expect(rows[0]!.episodes).toBe(before.episode!.rows);
}, 120_000);

it("refuses to restore over a non-empty database without --force, and replaces it with --force", async () => {
  const client = new pg.Client({ connectionString: urlOf(target) });
  await client.connect();
  await client.query("DELETE FROM lefs_answer WHERE ctid IN (SELECT ctid FROM lefs_answer LIMIT 5)");
  const changed = await tableFingerprints(urlOf(target));

  const refused = command("restore", target);
  expect(refused.status).toBe(1);
  expect(refused.output).toContain("--force");
  expect(await tableFingerprints(urlOf(target))).toEqual(changed);

  expect(command("restore", target, "--force").status).toBe(0);
  expect(await tableFingerprints(urlOf(target))).toEqual(await tableFingerprints(urlOf(source)));
  // New rows get fresh ids after a restore: each sequence was moved past the restored ones.
  const { rows } = await client.query<{ id: string }>(
    "INSERT INTO login_attempt (email, succeeded) VALUES ('after-restore@test.example', false) RETURNING id",
  );
  const { rows: max } = await client.query<{ max: string }>("SELECT max(id) AS max FROM login_attempt WHERE email <> 'after-restore@test.example'");
  expect(BigInt(rows[0]!.id)).toBeGreaterThan(BigInt(max[0]!.max ?? 0));
  await client.end();
}, 120_000);
