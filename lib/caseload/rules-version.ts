/**
 * Names the alert rules a stored summary was computed by (summaries.ts). Change it with any change to
 * what a rule finds or says — alerts.ts, load-jumps.ts, the phase gates (lib/episodes/gates.ts,
 * gate-evidence.ts) or the SQL in data.ts: summaries stored under another name are computed again on the
 * next view. rules-version.test.ts fails when the rules' answers on a fixed set of episodes change
 * while this name stays the same.
 */
export const CASELOAD_RULES_VERSION = "2026-12-07";
