import "server-only";
import { db } from "@/lib/core/db";

export async function recordSignInAttempt(email: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email, succeeded } });
}

export async function recordSignIn(userId: string, at = new Date()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at }, select: { id: true } });
}

/** Ends every session of the user at once: each carries the generation it began in. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } }, select: { id: true } });
}
