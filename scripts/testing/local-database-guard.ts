/** Tests write and drop data: refuse any database that is not on this machine. */
export function assertLocalDatabase(databaseUrl: string | undefined): string {
  if (!databaseUrl) throw new Error("DATABASE_URL is not set; run the tests through `npm test`.");
  const host = new URL(databaseUrl).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local database (${host}).`);
  }
  return databaseUrl;
}
