import type { Phase } from "@/lib/episodes/phases";
import type { AlertKind } from "./alerts";
import type { UnsignedNoteDTO } from "@/lib/visit-notes/types";
import type { CaseloadView } from "./params";

/** One reason a patient needs attention: its kind names the rule and where to look (alertRules, alert-href.ts). */
export type CaseloadAlertDTO = { kind: AlertKind; detail: string };

/** What a kind of alert says, in words, and where its rule comes from. */
export type AlertRuleDTO = { label: string; source: string };

/** One active episode that has at least one alert. */
export type CaseloadRowDTO = {
  episodeId: string;
  patientId: string;
  /** "Last, First", as the registry shows names. */
  patientName: string;
  recordNumber: string;
  diagnosis: string;
  phase: Phase;
  alerts: CaseloadAlertDTO[];
  lastLogOn: string | null;
  lastAssessedOn: string | null;
};

export type CaseloadDTO = {
  view: CaseloadView;
  /** Active episodes in the view, by phase. */
  phaseCounts: Record<Phase, number>;
  activeEpisodes: number;
  /** Every kind's words and source, once for the page rather than on each of its chips. */
  alertRules: Record<AlertKind, AlertRuleDTO>;
  /** The page of rows needing attention, sorted; total counts every page. */
  rows: CaseloadRowDTO[];
  total: number;
};

/** The dashboard: the caseload and, beside it, visit notes unsigned for more than a day (oldest first; `more` past the list). */
export type CaseloadPageDTO = CaseloadDTO & { unsignedNotes: { notes: UnsignedNoteDTO[]; more: boolean } };
