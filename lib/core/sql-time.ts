/**
 * The to_char pattern that writes a UTC timestamp as Date.toISOString does ("2026-12-08T09:30:00.000Z"),
 * for reads written as SQL that hand timestamps on as text. A `timestamptz` column must be read
 * `AT TIME ZONE 'UTC'` first, or to_char writes it in the session's zone; a `timestamp` column
 * already holds UTC (Prisma's DateTime).
 */
export const ISO_UTC = 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"';
