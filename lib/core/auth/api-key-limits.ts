/**
 * Requests one FHIR API key may make per minute [design]: 120 (2 a second) is far more than a
 * clinic's integration polling patients needs, and keeps one leaked or looping key from crowding out
 * the clinic's own staff. REHABIT_API_REQUESTS_PER_MINUTE overrides it (the integration test uses a small value).
 */
export const DEFAULT_API_REQUESTS_PER_MINUTE = 120;

export function apiRequestsPerMinute(env: Record<string, string | undefined>): number {
  const configured = Number(env.REHABIT_API_REQUESTS_PER_MINUTE);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_API_REQUESTS_PER_MINUTE;
}
