import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "./env";

// One client per server process; dev hot reloads would otherwise open a new pool on every edit.
const globalForDb = globalThis as unknown as { rehabitDb?: PrismaClient };

export const db =
  globalForDb.rehabitDb ??
  new PrismaClient({ adapter: new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 }) });

if (env.NODE_ENV !== "production") globalForDb.rehabitDb = db;

export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
