/**
 * `npm run db:seed-demo`: the demo clinics and their accounts (password rehabit-demo) in the
 * development database, or DATABASE_URL's, starting the embedded PostgreSQL when needed. The only
 * way demo accounts reach a database other than `npm run dev`'s embedded one, and only an empty
 * database: demo logins with a published password must never sit beside a real clinic.
 */
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { hasNoClinic, migrate, seedDemo } from "./lib/prepare-database";
import { exitOnStartupError } from "./lib/startup-errors";

const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
let exitCode = 1;
try {
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  await migrate(databaseUrl);
  if (await hasNoClinic(databaseUrl)) {
    await seedDemo(databaseUrl);
    console.log("Demo clinics added: every demo account's password is rehabit-demo (the README lists the logins).");
    exitCode = 0;
  } else {
    console.error("The database already has clinics, so no demo data was added: demo clinics go only into an empty database.");
  }
} finally {
  await server.stop();
}
process.exit(exitCode);
