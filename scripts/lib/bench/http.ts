/**
 * The page benchmark's HTTP side: starts `next start`, signs in through next-auth's credentials
 * endpoint (as scripts/bench-signin.ts does), times one GET, and loads a page with autocannon.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { appEnv } from "../app-env";
import { bin } from "../run";
import { randomSecret } from "../session-secret";

export type App = { base: string; process: ChildProcess; stop: () => Promise<void> };

/** A port nothing listens on now (the OS picks it), so the benchmark never measures another checkout's server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startApp(databaseUrl: string, port: number): Promise<App> {
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(bin("next"), ["start", "--port", String(port)], {
    stdio: ["ignore", "ignore", "inherit"],
    // No background jobs: a clinic's once-a-day alert refresh (lib/caseload/jobs.ts) would land on
    // whichever page is being timed at the quarter hour.
    env: { ...process.env, ...appEnv(databaseUrl, port, randomSecret()), REHABIT_WORKER: "off" },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
  };
  try {
    await waitForServer(child, base);
    // Another server on the port would have answered the health check while ours failed to listen.
    await sleep(500);
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode} (port ${port} taken?)`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, process: child, stop };
}

async function waitForServer(app: ChildProcess, base: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("next start did not answer within 60 s");
}

/** Signs in as next-auth's signIn("credentials") does, once more after a failure; returns the session's Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  try {
    return await signInOnce(base, email, password);
  } catch (error) {
    console.error(`  ${error instanceof Error ? error.message : String(error)}: trying once more`);
    await sleep(1000);
    return signInOnce(base, email, password);
  }
}

async function signInOnce(base: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: base, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) {
    const { url } = (await response.json().catch(() => ({ url: "" }))) as { url: string };
    throw new Error(`Signing in as ${email} failed (HTTP ${response.status}, ${new URL(url || "/", base).searchParams.get("error") ?? "no error code"})`);
  }
  return session.split(";")[0]!;
}

/** One GET; throws unless it answers 200 (a redirect means the session or the page is wrong). */
export async function timeGet(url: string, cookie: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}${response.headers.get("location") ? ` → ${response.headers.get("location")}` : ""}`);
  return ms;
}

type AutocannonResult = { "2xx": number; non2xx: number; errors: number; timeouts: number; duration: number };
type Autocannon = (options: { url: string; connections: number; duration: number; headers: Record<string, string>; timeout?: number }) => Promise<AutocannonResult>;

/**
 * Requests per second answered 200 with `connections` connections for `seconds`, by autocannon's
 * programmatic API. `failures`: answers other than 2xx and connection errors; `timeouts` (no answer
 * within 60 s, autocannon counts them as errors too) are reported apart: a slow page, not a broken one.
 */
export async function loadTest(url: string, cookie: string, connections: number, seconds: number): Promise<{ rps: number; failures: number; timeouts: number }> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const result = await autocannon({ url, connections, duration: seconds, headers: { cookie }, timeout: 60 });
  return { rps: result["2xx"] / result.duration, failures: result.non2xx + result.errors - result.timeouts, timeouts: result.timeouts };
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
