import "server-only";
import { z } from "zod";
import { MIN_SECRET_LENGTH, WEAK_SECRET_MESSAGE } from "./secret-rule";

const envSchema = z.object({
  DATABASE_URL: z.url({
    protocol: /^postgres(ql)?$/,
    error: "DATABASE_URL must be a postgresql:// URL: set it to your database's connection string.",
  }),
  NEXTAUTH_SECRET: z.string({ error: WEAK_SECRET_MESSAGE }).min(MIN_SECRET_LENGTH, { error: WEAK_SECRET_MESSAGE }),
});

type ServerEnv = z.infer<typeof envSchema>;

let checked: ServerEnv | undefined;

/** The first configuration problem as one sentence an operator can act on, or null when there is none. */
export function envProblem(env: Record<string, string | undefined>): string | null {
  const result = envSchema.safeParse(env);
  return result.success ? null : (result.error.issues[0]?.message ?? "The server configuration is invalid.");
}

/**
 * The server's configuration, validated on first use. Called when the server starts
 * (instrumentation.ts) so a misconfigured server fails at once with a readable message, not at
 * build time, when no database is configured.
 */
export function serverEnv(): ServerEnv {
  if (checked) return checked;
  const problem = envProblem(process.env);
  if (problem) throw new Error(problem);
  checked = envSchema.parse(process.env);
  return checked;
}

/**
 * For instrumentation: a server that would sign sessions with a weak secret or has no database must
 * not start at all. Prints the one sentence and exits, because a thrown error here would reach the
 * operator wrapped in Next's start-up error, as a stack trace.
 */
export function refuseToStartWhenMisconfigured(): void {
  const problem = envProblem(process.env);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
