/**
 * Converting between an ISO instant and the value of an <input type="datetime-local">, which has no
 * time zone: the browser's own zone is used, because that is the clock the patient reads.
 */
const pad = (value: number) => String(value).padStart(2, "0");

/** "2026-11-26T07:05" in the local zone; "" for a missing or invalid instant. */
export function toLocalInputValue(iso: string | undefined): string {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant of a local "YYYY-MM-DDTHH:mm"; "" when the input is empty or incomplete. */
export function fromLocalInputValue(local: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return "";
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString();
}
