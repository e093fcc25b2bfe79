import { assertLocalDatabase } from "./local-database-guard";

assertLocalDatabase(process.env.DATABASE_URL);
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-integration-tests";
