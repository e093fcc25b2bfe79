import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

// One client per server process; dev hot reloads would otherwise open a new pool on every edit.
// The pool connects on first query, so building the app needs no database.
const globalForDb = globalThis as unknown as { rehabitDb?: PrismaClient };

export const db = (globalForDb.rehabitDb ??= new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 }),
}));

export type Tx = Prisma.TransactionClient;
