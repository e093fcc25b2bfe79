/**
 * A Prisma client on the real test database that counts the SQL statements it sends, by wrapping the
 * pg driver adapter's queryRaw / executeRaw (in and out of transactions). Tests put it in place of the
 * app's client (vi.mock("@/lib/core/db")) to prove a page's query count does not grow with its data.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Queryable = Pick<Awaited<ReturnType<PrismaPg["connect"]>>, "queryRaw" | "executeRaw">;

export function createCountingClient(databaseUrl = process.env.DATABASE_URL) {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set");
  const statements: string[] = [];

  const count = <T extends Queryable>(target: T): T => {
    const queryRaw = target.queryRaw.bind(target);
    const executeRaw = target.executeRaw.bind(target);
    target.queryRaw = (query) => (statements.push(query.sql), queryRaw(query));
    target.executeRaw = (query) => (statements.push(query.sql), executeRaw(query));
    return target;
  };

  const factory = new PrismaPg({ connectionString: databaseUrl });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = count(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => count(await startTransaction(...args));
    return adapter;
  };

  return {
    client: new PrismaClient({ adapter: factory }),
    /** Statements sent since the last reset. */
    statements: () => [...statements],
    reset: () => void statements.splice(0),
  };
}
