/**
 * Whether a failed write was PostgreSQL refusing a double booking: exclusion_violation (SQLSTATE 23P01)
 * of the constraint appointment_no_double_booking. Through the pg driver adapter Prisma reports it as a
 * known request error whose meta carries the driver's error, with the SQLSTATE as `originalCode`.
 */
export const DOUBLE_BOOKING_CONSTRAINT = "appointment_no_double_booking";
const EXCLUSION_VIOLATION = "23P01";

export function isDoubleBooking(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const fields = error as { code?: unknown; originalCode?: unknown; constraint?: unknown; cause?: unknown; meta?: unknown; driverAdapterError?: unknown };
  if (fields.code === EXCLUSION_VIOLATION || fields.originalCode === EXCLUSION_VIOLATION) return true;
  return [fields.cause, fields.meta, fields.driverAdapterError].some((inner) => isDoubleBooking(inner, depth + 1));
}
