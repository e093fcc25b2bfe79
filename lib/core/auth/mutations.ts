import "server-only";
import { db } from "@/lib/core/db";
import { throttleReason, type RecentChecks, type SignInLimits, type ThrottleReason } from "./sign-in-limits";

export type PasswordCheckSlot = { attemptId: bigint } | { throttled: ThrottleReason };

type ReserveRow = RecentChecks & { attemptId: bigint | null };

/**
 * Reserves one password check, or says which limit refuses it. Every check in the installation takes
 * the same transaction-scoped advisory lock, then (in a statement that starts after the lock, so it
 * sees every reservation committed before) counts the account's and the address's recent failures and
 * the checks of the last minute, and inserts a pending attempt only when all three are under their
 * limits. A pending attempt counts as a failure until finishPasswordCheck records its outcome, so N
 * concurrent wrong passwords get exactly the limit's number of checks. One lock for all keeps the
 * three counts exact together; it is held for two statements, never during the hash check.
 * A null address skips the per-address limit (a signed-in user's current-password check).
 */
export async function reservePasswordCheck(email: string, clientAddress: string | null, limits: SignInLimits): Promise<PasswordCheckSlot> {
  const windowMs = limits.windowMs;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('rehabit.password_checks'))`,
    db.$queryRaw<ReserveRow[]>`
      WITH recent AS (
        SELECT
          (SELECT count(*) FROM login_attempt WHERE email = ${email}::text AND succeeded IS NOT TRUE
             AND attempted_at >= statement_timestamp() - ${windowMs}::int * interval '1 millisecond')::int AS "accountFailures",
          (SELECT count(*) FROM login_attempt WHERE client_address = ${clientAddress}::text AND succeeded IS NOT TRUE
             AND attempted_at >= statement_timestamp() - ${windowMs}::int * interval '1 millisecond')::int AS "addressFailures",
          (SELECT count(*) FROM login_attempt WHERE attempted_at >= statement_timestamp() - interval '1 minute')::int AS "checksLastMinute"
      ), inserted AS (
        INSERT INTO login_attempt (email, client_address, attempted_at)
        SELECT ${email}::text, ${clientAddress}::text, statement_timestamp() FROM recent
        WHERE "accountFailures" < ${limits.perAccount}::int AND "addressFailures" < ${limits.perAddress}::int
          AND "checksLastMinute" < ${limits.checksPerMinute}::int
        RETURNING id
      )
      SELECT recent.*, (SELECT id FROM inserted) AS "attemptId" FROM recent`,
  ]);
  const row = rows[0]!;
  if (row.attemptId !== null) return { attemptId: row.attemptId };
  return { throttled: throttleReason(row, limits) ?? "GLOBAL" };
}

/** Records a reserved check's outcome: a success stops counting as a failure. */
export async function finishPasswordCheck(attemptId: bigint, succeeded: boolean): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded }, select: { id: true } });
}

/**
 * Replaces an outdated password hash after the password matched it. Only while the stored hash is
 * still the one that was checked, so a password changed meanwhile is never overwritten.
 */
export async function replacePasswordHash(userId: string, checkedHash: string, passwordHash: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, passwordHash: checkedHash }, data: { passwordHash } });
}

export async function recordSignIn(userId: string, at = new Date()): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at }, select: { id: true } });
}

/** Ends every session of the user at once: each carries the generation it began in. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionGeneration: { increment: 1 } }, select: { id: true } });
}
