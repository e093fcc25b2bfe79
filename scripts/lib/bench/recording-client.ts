/**
 * A Prisma client that records every SQL statement it sends with its arguments (the tests' counting
 * client, scripts/testing/query-counter.ts, is this one keeping only the SQL), and a replay of recorded statements straight through
 * pg, one after another on one connection: the page's SQL alone, without Prisma or the app around it.
 */
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";

export type Statement = { sql: string; args: unknown[] };
type Queryable = Pick<Awaited<ReturnType<PrismaPg["connect"]>>, "queryRaw" | "executeRaw">;

export function createRecordingClient(databaseUrl: string) {
  const statements: Statement[] = [];
  const record = <T extends Queryable>(target: T): T => {
    const queryRaw = target.queryRaw.bind(target);
    const executeRaw = target.executeRaw.bind(target);
    target.queryRaw = (query) => (statements.push({ sql: query.sql, args: [...query.args] }), queryRaw(query));
    target.executeRaw = (query) => (statements.push({ sql: query.sql, args: [...query.args] }), executeRaw(query));
    return target;
  };
  // The app's own pool size (lib/core/db.ts).
  const factory = new PrismaPg({ connectionString: databaseUrl, max: 10 });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = record(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => record(await startTransaction(...args));
    return adapter;
  };
  return {
    client: new PrismaClient({ adapter: factory }),
    /** Statements sent since the last reset, in the order they were sent. */
    statements: (): Statement[] => [...statements],
    reset: () => void statements.splice(0),
  };
}

/** Arguments as pg takes them: Prisma hands dates and decimals over as strings already; bytes become Buffers. */
const pgArg = (arg: unknown): unknown => (arg instanceof Uint8Array ? Buffer.from(arg) : Array.isArray(arg) ? arg.map(pgArg) : arg);

/** Replays the statements in order on one connection; the time of the whole series, in ms. */
export async function replay(client: pg.Client, statements: Statement[]): Promise<number> {
  const start = performance.now();
  for (const { sql, args } of statements) await client.query({ text: sql, values: args.map(pgArg), rowMode: "array" });
  return performance.now() - start;
}
