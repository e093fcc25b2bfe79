import { execFileSync } from "node:child_process";
import { testDb } from "./integration-fixtures";

/** The demo's first admin (prisma/seed.ts): present once the demo has been seeded. */
const DEMO_ADMIN = "admin@northside.example";

/**
 * Seeds the demo (prisma/seed.ts) into the test database unless it is there already. Test files run in
 * parallel and several read the demo: a transaction-scoped advisory lock makes the others wait for the
 * one that seeds, instead of seeding it a second time at once (which fails on the demo's unique e-mails).
 */
export async function ensureDemoSeeded(): Promise<void> {
  await testDb.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rehabit:test-demo-seed'))`;
      if (await tx.user.findUnique({ where: { email: DEMO_ADMIN }, select: { id: true } })) return;
      // Its errors go to the test output: a seed that fails says why.
      execFileSync("node_modules/.bin/tsx", ["prisma/seed.ts"], { env: process.env, stdio: ["ignore", "ignore", "inherit"] });
    },
    { maxWait: 120_000, timeout: 180_000 },
  );
}
