/**
 * A Prisma client on the real test database that counts the SQL statements it sends: the page
 * benchmark's recording client (scripts/lib/bench/recording-client.ts, which wraps the pg driver
 * adapter in and out of transactions), keeping only the SQL. Tests put it in place of the app's client
 * (vi.mock("@/lib/core/db")) to prove a page's query count does not grow with its data.
 */
import { createRecordingClient } from "../lib/bench/recording-client";

export function createCountingClient(databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const recorder = createRecordingClient(databaseUrl);
  return {
    client: recorder.client,
    /** Statements sent since the last reset. */
    statements: () => recorder.statements().map((statement) => statement.sql),
    reset: recorder.reset,
  };
}
