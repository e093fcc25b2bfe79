/** Environment for an app server the scripts start; the secret comes from session-secret.ts (never the repository). */
export function appEnv(databaseUrl: string, port: number, secret: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
}
