import "server-only";
import { requireClinicScope, type ClinicScope } from "@/lib/core/auth/session";
import { todayIn } from "@/lib/core/dates";
import { unsignedNotesOf } from "@/lib/visit-notes/loaders";
import { caseloadPage } from "./caseload";
import { listCaseloadView, type StoredSummary } from "./data";
import { CASELOAD_RULES_VERSION } from "./rules-version";
import { refreshSummaries } from "./summaries";
import { parseCaseloadParams, type CaseloadParams } from "./params";
import type { CaseloadPageDTO } from "./types";

/** The caseload dashboard for the signed-in clinician or admin, in the state the URL asks for; its windows end on the clinic's today. */
export async function loadCaseload(raw: Record<string, string | string[] | undefined>): Promise<{ params: CaseloadParams; caseload: CaseloadPageDTO }> {
  const { viewer, scope } = await requireClinicScope("progress:read");
  const params = parseCaseloadParams(raw, viewer.role);
  return { params, caseload: await caseloadOf(scope, params, todayIn(scope.timeZone)) };
}

/**
 * The dashboard for a clinic scope (the session's proof of access; "mine" = the scope's own user): the
 * active episodes in the view with their stored alerts, and beside them the visit notes left unsigned
 * for more than a day at `now` (the author's own in "mine"), two statements however many episodes. Only
 * the episodes whose stored alerts are out of date (changed since, or computed on another day) are
 * evaluated again, in a constant number of statements (summaries.ts): all of them on the first view
 * of a day, the few that changed after that.
 */
export async function caseloadOf(scope: ClinicScope, params: CaseloadParams, today: string, now = new Date()): Promise<CaseloadPageDTO> {
  const mine = params.view === "mine" ? scope.actorId : null;
  const [listed, unsignedNotes] = await Promise.all([listCaseloadView(scope, mine, today, CASELOAD_RULES_VERSION), unsignedNotesOf(scope, mine, now)]);
  const stale = listed.filter((row) => !row.summary);
  const refreshed = stale.length ? await refreshSummaries(scope, stale, today) : new Map<string, StoredSummary>();
  const entries = listed.flatMap((row) => {
    const summary = row.summary ?? refreshed.get(row.episodeId);
    return summary ? [{ ...row, ...summary }] : [];
  });
  return { ...caseloadPage(entries, params), unsignedNotes };
}
