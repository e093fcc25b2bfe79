/**
 * Cross-check for `npm run check:bundles`: loads a few routes of the current production build in
 * headless Chromium against `next start` (a throwaway seeded database) and sums the encoded (gzip)
 * body sizes of the script responses of each first load. Run after `next build`:
 *   REHABIT_PG_PORT=54381 npx tsx scripts/bundle-sizes-in-browser.ts [port]
 */
import { spawn } from "node:child_process";
import { chromium, type Browser, type BrowserContext } from "@playwright/test";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;
import { ACCOUNTS, PASSWORD } from "../e2e/fixtures/accounts";
import { appEnv } from "./lib/app-env";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate } from "./lib/prepare-database";
import { bin, runOrThrow } from "./lib/run";
import { randomSecret } from "./lib/session-secret";

const port = Number(process.argv[2] ?? 3181);
const base = `http://localhost:${port}`;

/** A fresh context per load, so nothing comes from the browser's cache. */
async function scriptBytes(browser: Browser, state: StorageState | undefined, url: string): Promise<number> {
  const context = await browser.newContext({ storageState: state });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") sizes.push(response.request().sizes().then((s) => s.responseBodySize));
  });
  // Until the load event: later requests are Link prefetches for the next navigation.
  await page.goto(url, { waitUntil: "load" });
  page.removeAllListeners("response");
  await page.waitForLoadState("networkidle");
  const total = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  return total;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const state = await context.storageState();
  await context.close();
  return state;
}

const server = await startPostgres("test", "rehabit");
const app = { kill: () => {} };
try {
  const url = await ensureDatabase(server, `${server.defaultDatabase}_bundles`, true);
  await migrate(url);
  await runOrThrow(bin("tsx"), ["prisma/seed.ts"], { DATABASE_URL: url });
  const child = spawn(bin("next"), ["start", "--port", String(port)], { env: { ...process.env, ...appEnv(url, port, randomSecret()) }, stdio: "ignore" });
  app.kill = () => child.kill("SIGTERM");
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (up) break;
    if (tries > 60) throw new Error("next start did not answer");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--disable-gpu", "--disable-quic"] });
  const results: [string, number][] = [];
  results.push(["/login", await scriptBytes(browser, undefined, `${base}/login`)]);

  const clinician = await signedIn(browser, ACCOUNTS.northsideClinician.email);
  const lookup = await browser.newContext({ storageState: clinician });
  const registry = await lookup.newPage();
  await registry.goto(`${base}/patients`);
  const href = await registry.getByRole("link", { name: /Jordan Lee|Lee, Jordan/ }).first().getAttribute("href");
  await lookup.close();
  for (const route of ["/patients", "/dashboard", "/staff"]) results.push([route, await scriptBytes(browser, clinician, `${base}${route}`)]);
  for (const tab of ["", "/progress", "/diary", "/edit"]) results.push([`/patients/[patientId]${tab}`, await scriptBytes(browser, clinician, `${base}${href}${tab}`)]);

  const patient = await signedIn(browser, ACCOUNTS.northsidePatient.email);
  for (const route of ["/portal", "/portal/progress", "/portal/cramps"]) results.push([route, await scriptBytes(browser, patient, `${base}${route}`)]);
  await browser.close();
  for (const [route, bytes] of results) console.log(`${route.padEnd(32)} ${(bytes / 1024).toFixed(1).padStart(6)} kB`);
} finally {
  app.kill();
  await server.stop();
}
