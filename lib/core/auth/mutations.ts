import "server-only";
import { db } from "@/lib/core/db";
import { throttleReason, type RecentChecks, type SignInLimits, type ThrottleReason } from "./sign-in-limits";

export type PasswordCheckSlot = { attemptId: bigint } | { throttled: ThrottleReason };

type ReserveRow = RecentChecks & { attemptId: bigint | null };

/**
 * Reserves one password check, or says which limit refuses it, in one statement: the database
 * function reserve_password_check (migration 20261207092000) takes a transaction-scoped advisory lock
 * that every check of the installation shares, then, with a snapshot taken after the lock, counts the
 * account's and the address's recent failures and the checks of the last minute, and inserts a pending
 * attempt only when all three are under their limits. A pending attempt counts as a failure until
 * finishPasswordCheck records its outcome, so N concurrent wrong passwords get exactly the limit's
 * number of checks. One lock for all keeps the three counts exact together; it is held for that one
 * statement, never during the hash check, and waiting for it holds no open transaction in the app.
 * A null address skips the per-address limit (a signed-in user's current-password check).
 */
export async function reservePasswordCheck(email: string, clientAddress: string | null, limits: SignInLimits): Promise<PasswordCheckSlot> {
  const rows = await db.$queryRaw<ReserveRow[]>`
    SELECT account_failures AS "accountFailures", address_failures AS "addressFailures",
           checks_last_minute AS "checksLastMinute", attempt_id AS "attemptId"
    FROM reserve_password_check(${email}::text, ${clientAddress}::text, ${limits.windowMs}::int,
      ${limits.perAccount}::int, ${limits.perAddress}::int, ${limits.checksPerMinute}::int)`;
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

/** A key's count in the current one-minute window, and the seconds until that window ends. */
export type ApiRequestCount = { count: number; retryAfterSeconds: number };

/**
 * Counts one API request of a key, in one statement that holds across app instances: an upsert of the
 * key's single window row. The row lock makes concurrent requests of one key count one after another,
 * each seeing the last one's count, so with a limit of N exactly N of N+5 simultaneous requests get a
 * count ≤ N. A request in a new minute starts the window again at 1; GREATEST keeps a request whose
 * clock reading is a moment older from moving the window back. Times are the database's, in UTC, so
 * instances with drifting clocks share one window.
 */
export async function countApiRequest(apiKeyId: string): Promise<ApiRequestCount> {
  const rows = await db.$queryRaw<{ count: number; retryAfterSeconds: number }[]>`
    INSERT INTO api_key_rate_window AS w (api_key_id, window_start, count)
    VALUES (${apiKeyId}::uuid, date_trunc('minute', clock_timestamp() AT TIME ZONE 'UTC'), 1)
    ON CONFLICT (api_key_id) DO UPDATE SET
      count = CASE WHEN EXCLUDED.window_start > w.window_start THEN 1 ELSE w.count + 1 END,
      window_start = GREATEST(w.window_start, EXCLUDED.window_start)
    RETURNING count,
      GREATEST(1, ceil(extract(epoch FROM window_start + interval '1 minute' - (clock_timestamp() AT TIME ZONE 'UTC'))))::int AS "retryAfterSeconds"`;
  return rows[0]!;
}

/** How stale a key's "last used" may get before a request writes it again: at most one write a minute per key. */
const LAST_USED_PRECISION_MS = 60_000;

/** Records that a key was used, unless it was already recorded within the last minute. */
export async function touchApiKey(apiKeyId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
  const stale = new Date(now.getTime() - LAST_USED_PRECISION_MS);
  // One plain statement: Prisma's updateMany would wrap it in a transaction of its own.
  await db.$executeRaw`UPDATE api_key SET last_used_at = ${now} WHERE id = ${apiKeyId}::uuid AND (last_used_at IS NULL OR last_used_at < ${stale})`;
}
