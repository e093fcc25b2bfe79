/**
 * Where a clinician lands after handing one of their visits to a colleague: their own diary's day view
 * (the diary's default view and clinician) on the visit's day, with the colleague's id for the note.
 * The note's parameter is not part of the diary's state, so the diary's own links drop it. Free of zod
 * (unlike diary-params.ts) because the change form, a client bundle, imports it.
 */
export function handedOverHref(date: string, colleagueId: string): string {
  return `/appointments?${new URLSearchParams({ date, handedTo: colleagueId }).toString()}`;
}
