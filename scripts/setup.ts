/**
 * `npm run setup -- --clinic "Northside Physio" --admin admin@clinic.example [--name "Alex Morgan"]`:
 * creates a clinic and prints a one-time link (72 h) where its first admin sets a password. Works on
 * the embedded database and on DATABASE_URL; never overwrites: run again, it adds another clinic.
 * Runs under the react-server condition (see package.json) so the app's own server modules load.
 */
import { parseArgs } from "node:util";
import { ensureDatabase, startPostgres } from "./lib/postgres-server";
import { migrate } from "./lib/prepare-database";
import { exitOnStartupError } from "./lib/startup-errors";

const USAGE = 'Usage: npm run setup -- --clinic "Clinic name" --admin admin@clinic.example [--name "Admin name"]';

const { values } = parseArgs({ options: { clinic: { type: "string" }, admin: { type: "string" }, name: { type: "string" } }, strict: true });
if (!values.clinic || !values.admin) {
  console.error(USAGE);
  process.exit(2);
}

/** Where the link must point: the address people open the app at. */
const origin = process.env.APP_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`;

const server = await startPostgres("dev", "rehabit").catch(exitOnStartupError);
let exitCode = 1;
try {
  const databaseUrl = server.embedded ? await ensureDatabase(server, server.defaultDatabase) : process.env.DATABASE_URL!;
  await migrate(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  // Imported only now: the database client reads DATABASE_URL when its module loads.
  const { setUpClinic } = await import("../lib/clinics/mutations");
  const { passwordLink } = await import("../lib/accounts/links");
  const result = await setUpClinic({ clinicName: values.clinic, adminEmail: values.admin, ...(values.name ? { adminName: values.name } : {}) });
  if (result.ok) {
    const { clinicName, adminEmail, token, expiresAt } = result.value;
    console.log(`Created the clinic "${clinicName}". Its first admin, ${adminEmail}, sets a password by opening this link once, before ${expiresAt.toISOString()}:`);
    console.log(passwordLink(origin, token));
    exitCode = 0;
  } else {
    for (const messages of Object.values(result.fieldErrors)) for (const message of messages ?? []) console.error(message);
    exitCode = 2;
  }
  const { db } = await import("../lib/core/db");
  await db.$disconnect();
} finally {
  await server.stop();
}
process.exit(exitCode);
