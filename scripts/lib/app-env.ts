/**
 * Environment for a local app server. The fallback secret is for the embedded demo database only:
 * against a real DATABASE_URL a NEXTAUTH_SECRET must be given.
 */
const LOCAL_SECRET = "rehabit-local-only-secret-not-for-deployment-0000";

export function appEnv(databaseUrl: string, port: number, embedded: boolean): Record<string, string> {
  const secret = process.env.NEXTAUTH_SECRET ?? (embedded ? LOCAL_SECRET : undefined);
  if (!secret) throw new Error("Set NEXTAUTH_SECRET (32+ random characters) when DATABASE_URL points at your own server.");
  return {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
}
