/**
 * Each page's data part in this process: its loaders (pages.ts) run as the signed-in user, timed one
 * run after another; the statements of one run recorded with their arguments, counted, and replayed
 * straight through pg, one after another, as the page's raw SQL.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { SessionClaims } from "../../../lib/core/auth/session";
import { asRequest } from "./app-modules";
import { percentile } from "./http";
import type { Page, Role } from "./pages";
import { replay, type createRecordingClient, type Statement } from "./recording-client";

export type DataPart = { statements: Statement[]; dataMs: number; rawMs: number } | { error: string };

/** The claims a session cookie of this account carries (lib/core/auth/options.ts puts them there). */
export async function claimsOf(databaseUrl: string, email: string): Promise<SessionClaims> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; name: string; role: SessionClaims["role"]; clinic_id: string; session_generation: number; patient_id: string | null }>(
      `SELECT u.id, u.name, u.role, u.clinic_id, u.session_generation, p.id AS patient_id
       FROM app_user u LEFT JOIN patient p ON p.portal_user_id = u.id WHERE u.email = $1`,
      [email],
    );
    const row = rows[0];
    if (!row) throw new Error(`No account ${email}`);
    return { id: row.id, name: row.name, role: row.role, clinicId: row.clinic_id, patientId: row.patient_id, sessionGeneration: row.session_generation };
  } finally {
    await client.end();
  }
}

export async function measureDataPart(
  page: Page,
  claims: Record<Role, SessionClaims>,
  recorder: ReturnType<typeof createRecordingClient>,
  replayClient: pg.Client,
  runs: { warmUp: number; timed: number },
): Promise<DataPart> {
  const run = () => asRequest(claims[page.as], page.data);
  try {
    for (let i = 0; i < runs.warmUp; i++) await run();
    recorder.reset();
    await run();
    const statements = recorder.statements();
    const data: number[] = [];
    for (let i = 0; i < runs.timed; i++) {
      const start = performance.now();
      await run();
      data.push(performance.now() - start);
    }
    for (let i = 0; i < runs.warmUp; i++) await replay(replayClient, statements);
    const raw: number[] = [];
    for (let i = 0; i < runs.timed; i++) raw.push(await replay(replayClient, statements));
    return { statements, dataMs: percentile(data.sort((x, y) => x - y), 50), rawMs: percentile(raw.sort((x, y) => x - y), 50) };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  }
}
