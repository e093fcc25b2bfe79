/**
 * Every page over HTTP, as the signed-in user it is for: a warm-up pass over all pages (the first
 * requests of a route load its code), then the sequential requests round-robin — one request per page
 * in turn — so background load on a shared machine falls on every page alike, then autocannon per page,
 * the floor both first and last (its req/s is the mean of the two; both are printed), each load test
 * followed by a wait until the database is idle again.
 */
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { DEMO_PASSWORD } from "../../../prisma/factories";
import type { Targets } from "./dataset";
import { freePort, loadTest, percentile, signIn, startApp, timeGet } from "./http";
import { FLOOR, type Page, type Role } from "./pages";

export type Http = { p50: number; p95: number; rps: number } | { error: string };
export type HttpRuns = { warmUp: number; sequential: number; cannonSeconds: number };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Waits (up to 2 min) until the database runs no query of the app: the requests a load test left in flight have ended. */
async function untilDatabaseIdle(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (let i = 0; i < 600; i++) {
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()",
      );
      if (rows[0]!.n === 0) return;
      await sleep(200);
    }
  } finally {
    await client.end();
  }
}

export async function measureHttp(list: Page[], targets: Targets, databaseUrl: string, runs: HttpRuns): Promise<Map<string, Http>> {
  const app = await startApp(databaseUrl, process.env.PORT ? Number(process.env.PORT) : await freePort());
  try {
    const clinician = await signIn(app.base, targets.clinician.email, DEMO_PASSWORD);
    const cookies: Record<Role, string> = {
      clinician,
      dashboard: targets.admin ? await signIn(app.base, targets.admin.email, DEMO_PASSWORD) : clinician,
      portal: await signIn(app.base, targets.portal.email, DEMO_PASSWORD),
    };
    const get = (page: Page) => timeGet(`${app.base}${page.path}`, cookies[page.as]);
    const errors = new Map<string, string>();
    const times = new Map<string, number[]>(list.map((page) => [page.name, []]));
    for (let i = 0; i < runs.warmUp + runs.sequential; i++) {
      for (const page of list.filter((p) => !errors.has(p.name))) {
        try {
          const ms = await get(page);
          if (i >= runs.warmUp) times.get(page.name)!.push(ms);
        } catch (error) {
          errors.set(page.name, message(error));
          console.error(`  ${page.name}: ${message(error)}`);
        }
      }
    }
    const floor = list.find((page) => page.name === FLOOR)!;
    const cannon = async (page: Page) => {
      const result = await loadTest(`${app.base}${page.path}`, cookies[page.as], 10, runs.cannonSeconds);
      // A slow page's queued requests would otherwise run on into the next page's load test.
      await untilDatabaseIdle(databaseUrl);
      if (result.failures > 0) throw new Error(`${result.failures} requests at 10 connections did not answer 200`);
      if (result.timeouts > 0) console.log(`  ${page.name}: ${result.timeouts} requests at 10 connections had no answer within 60 s`);
      return result.rps;
    };
    const rps = new Map<string, number>();
    for (const page of [floor, ...list.filter((p) => p !== floor), floor]) {
      if (errors.has(page.name)) continue;
      try {
        const value = await cannon(page);
        const earlier = rps.get(page.name);
        if (earlier !== undefined) console.log(`  floor req/s @10: ${earlier.toFixed(1)} first, ${value.toFixed(1)} last; the mean is used`);
        rps.set(page.name, earlier === undefined ? value : (earlier + value) / 2);
      } catch (error) {
        errors.set(page.name, message(error));
      }
    }
    const results = new Map<string, Http>();
    for (const page of list) {
      const error = errors.get(page.name);
      const sorted = times.get(page.name)!.sort((a, b) => a - b);
      results.set(page.name, error ? { error } : { p50: percentile(sorted, 50), p95: percentile(sorted, 95), rps: rps.get(page.name)! });
    }
    return results;
  } finally {
    await app.stop();
  }
}
