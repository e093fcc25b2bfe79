import "server-only";
import { db } from "@/lib/core/db";

export async function recordSignInAttempt(email: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, succeeded } });
}
