import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, { message: "NEXTAUTH_SECRET must be at least 32 characters" }),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
});

/** Validated once, on first use, so a misconfigured server fails with a readable message. */
export const env = envSchema.parse(process.env);
