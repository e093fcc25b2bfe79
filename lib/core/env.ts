import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }),
});

let checked: z.infer<typeof envSchema> | undefined;

/**
 * The server's configuration, validated on first use. Called when the server starts
 * (instrumentation.ts) so a misconfigured server fails at once with a readable message, not at
 * build time, when no database is configured.
 */
export function serverEnv(): z.infer<typeof envSchema> {
  checked ??= envSchema.parse(process.env);
  return checked;
}
