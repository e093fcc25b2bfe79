/**
 * `npm test`: the whole suite, in order: lint, type-check, unit, integration (real PostgreSQL),
 * production build and its first-load JS budget (scripts/bundle-sizes.ts), end-to-end (Playwright
 * in Debian's Chromium against `next start`), then the page benchmark's smoke (scripts/bench-pages.ts).
 * Uses DATABASE_URL's server when set (test databases beside yours, local servers only), otherwise
 * an embedded PostgreSQL of its own. Name stages to run only those: `npm test -- unit integration`.
 */
import { readFileSync, rmSync } from "node:fs";
import { appEnv } from "./lib/app-env";
import { ensureDatabase, startPostgres, type PostgresServer } from "./lib/postgres-server";
import { migrate } from "./lib/prepare-database";
import { bin, runOrThrow } from "./lib/run";
import { randomSecret } from "./lib/session-secret";
import { exitOnStartupError } from "./lib/startup-errors";
import { assertLocalDatabase } from "./testing/local-database-guard";

// REHABIT_E2E_PORT lets two checkouts run their suites side by side.
const E2E_PORT = Number(process.env.REHABIT_E2E_PORT ?? 3100);
const RESULTS = { unit: ".data/results/unit.json", integration: ".data/results/integration.json", e2e: ".data/results/e2e.json" };
const ALL_STAGES = ["lint", "typecheck", "unit", "integration", "build", "e2e", "bench"] as const;
type Stage = (typeof ALL_STAGES)[number];

const isStage = (arg: string): arg is Stage => (ALL_STAGES as readonly string[]).includes(arg);
const requested = process.argv.slice(2).filter(isStage);
// Test files go to Vitest (`npm test -- integration lib/caseload/caseload.integration.test.ts`);
// anything else to Playwright (`npm test -- build e2e e2e/assessments.spec.ts`).
const isVitestFile = (arg: string) => arg.endsWith(".test.ts");
const vitestFiles = process.argv.slice(2).filter(isVitestFile);
const playwrightArgs = process.argv.slice(2).filter((arg) => !isStage(arg) && !isVitestFile(arg));
const stages = requested.length ? requested : [...ALL_STAGES];
const needsDatabase = stages.includes("integration") || stages.includes("e2e") || stages.includes("bench");
// A fresh secret per run for the e2e server: none in the repository, none borrowed from the caller's environment.
const E2E_SECRET = randomSecret();

async function testDatabase(server: PostgresServer, suffix: string): Promise<string> {
  const url = await ensureDatabase(server, `${server.defaultDatabase}_${suffix}`, true);
  assertLocalDatabase(url);
  await migrate(url);
  return url;
}

const vitest = (project: string, output: string, env: Record<string, string> = {}) =>
  runOrThrow(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${output}`, ...vitestFiles], env);

const runStage: Record<Stage, (server: PostgresServer | null) => Promise<void>> = {
  lint: () => runOrThrow(bin("eslint"), ["--max-warnings", "0", "."]),
  typecheck: () => runOrThrow(bin("tsc"), ["--noEmit"]),
  unit: () => vitest("unit", RESULTS.unit),
  integration: async (server) => {
    const url = await testDatabase(server!, "test");
    await vitest("integration", RESULTS.integration, { DATABASE_URL: url });
  },
  // The first-load JS budget is checked on every build, so a heavier route fails the suite.
  build: async () => {
    await runOrThrow(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
    await runOrThrow(bin("tsx"), ["scripts/bundle-sizes.ts"]);
  },
  e2e: async (server) => {
    const url = await testDatabase(server!, "e2e");
    await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: url });
    await runOrThrow(bin("playwright"), ["test", ...playwrightArgs], { ...appEnv(url, E2E_PORT, E2E_SECRET), PLAYWRIGHT_JSON_OUTPUT_NAME: RESULTS.e2e });
  },
  // The page benchmark's smoke (scripts/bench-pages.ts): small data, a few requests a page, on the
  // build above; it fails only when a page does not answer 200 or its table cannot be made.
  bench: async (server) => {
    const url = await testDatabase(server!, "bench");
    await runOrThrow(bin("tsx"), ["scripts/bench-pages.ts", "--smoke", "--no-build"], { DATABASE_URL: url });
  },
};

/** Totals from the runners' JSON reports, printed as one closing line that CI reads. */
function countResults(): { passed: number; failed: number; skipped: number } {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of Object.values(RESULTS)) {
    let report: Record<string, unknown>;
    try {
      report = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch {
      continue;
    }
    if ("numPassedTests" in report) {
      totals.passed += Number(report.numPassedTests);
      totals.failed += Number(report.numFailedTests);
      totals.skipped += Number(report.numPendingTests) + Number(report.numTodoTests ?? 0);
    } else if ("stats" in report) {
      const stats = report.stats as { expected: number; unexpected: number; flaky: number; skipped: number };
      totals.passed += stats.expected + stats.flaky;
      totals.failed += stats.unexpected;
      totals.skipped += stats.skipped;
    }
  }
  return totals;
}

rmSync(".data/results", { recursive: true, force: true });
const server = needsDatabase ? await startPostgres("test", "rehabit").catch(exitOnStartupError) : null;
let failedStage: Stage | null = null;
const started = Date.now();
try {
  for (const stage of stages) {
    const stageStart = Date.now();
    console.log(`\n▶ ${stage}`);
    try {
      await runStage[stage](server);
    } catch (error) {
      failedStage = stage;
      console.error(`✖ ${stage} failed: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    console.log(`✔ ${stage} (${((Date.now() - stageStart) / 1000).toFixed(1)} s)`);
  }
} finally {
  await server?.stop();
}

const { passed, failed, skipped } = countResults();
console.log(`\nSuite ${failedStage ? `failed at ${failedStage}` : "passed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Alone on its line, in the plain form CI reads for the count of tests run.
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStage ? 1 : 0);
