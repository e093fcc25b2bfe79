import "server-only";

/** Structured server log. Pass ids and codes only, never patient data. */
export function logError(event: string, error: unknown, ids: Record<string, string> = {}): void {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(JSON.stringify({ level: "error", event, reason, ...ids, at: new Date().toISOString() }));
}
