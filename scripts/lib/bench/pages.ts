/**
 * The measured pages: each one's URL, who views it, and its data part — the loaders its layouts and
 * the page itself call (app/…/layout.tsx and page.tsx), run together as Next runs them. Shared by
 * the page benchmark (loaders required with stand-ins, app-modules.ts) and the statement-count test
 * (scripts/page-statements.integration.test.ts, loaders imported under vi.mock).
 */
import type * as AccountLoaders from "../../../lib/accounts/loaders";
import type * as AppointmentLoaders from "../../../lib/appointments/loaders";
import type * as AssessmentLoaders from "../../../lib/assessments/loaders";
import type * as CaseloadLoaders from "../../../lib/caseload/loaders";
import type * as Session from "../../../lib/core/auth/session";
import type * as DiaryLoaders from "../../../lib/diary/loaders";
import type * as EpisodeLoaders from "../../../lib/episodes/loaders";
import type * as InvitationLoaders from "../../../lib/invitations/loaders";
import type * as LefsLoaders from "../../../lib/lefs/loaders";
import type * as PatientLoaders from "../../../lib/patients/loaders";
import type * as RegistryParams from "../../../lib/patients/registry-params";
import type * as PortalProgressLoaders from "../../../lib/portal-progress/loaders";
import type * as PortalLoaders from "../../../lib/portal/loaders";
import type * as ProgramLoaders from "../../../lib/programs/loaders";
import type * as ProgressLoaders from "../../../lib/progress/loaders";
import type * as ProgressSchema from "../../../lib/progress/schema";
import type * as VisitNoteLoaders from "../../../lib/visit-notes/loaders";
import type { Targets } from "./dataset";

export type Role = "clinician" | "dashboard" | "portal";
export type Page = { name: string; path: string; as: Role; data: () => Promise<unknown> };

export const FLOOR = "floor: /account";
export const FIRST_REGISTRY = "registry, first page";
export const DEEP_REGISTRY = "registry, last page";
export const DASHBOARD = "dashboard (clinic 01)";
export const REGISTRY_PAGE_SIZE = 25;

/** The app's loader modules the pages call. */
export type PageLoaders = {
  session: typeof Session;
  accounts: typeof AccountLoaders;
  patients: typeof PatientLoaders;
  registryParams: typeof RegistryParams;
  invitations: typeof InvitationLoaders;
  assessments: typeof AssessmentLoaders;
  episodes: typeof EpisodeLoaders;
  programs: typeof ProgramLoaders;
  progress: typeof ProgressLoaders;
  progressSchema: typeof ProgressSchema;
  diary: typeof DiaryLoaders;
  caseload: typeof CaseloadLoaders;
  portal: typeof PortalLoaders;
  portalProgress: typeof PortalProgressLoaders;
  lefs: typeof LefsLoaders;
  appointments: typeof AppointmentLoaders;
  visitNotes: typeof VisitNoteLoaders;
};

/** The registry's last page is the one its Last button asks for: the rows before the end (keyset). */
export function pages(t: Targets, m: PageLoaders): Page[] {
  const pid = t.patientId;
  const lastPage = Math.max(1, Math.ceil(t.registryTotal / REGISTRY_PAGE_SIZE));
  const registry = (query: Record<string, string>) => m.patients.loadPatientRegistry(m.registryParams.parseRegistryParams(query));
  /** app/(clinic)/layout.tsx, then the page. */
  const clinic = (page: () => Promise<unknown>) => () => Promise.all([m.session.requireViewer("patients:read"), page()]);
  /** app/(clinic)/patients/[patientId]/layout.tsx too. */
  const patient = (page: () => Promise<unknown>) =>
    clinic(() => Promise.all([m.patients.loadPatient(pid), m.invitations.loadPortalAccess(pid), m.session.requireViewer("patients:read"), page()]));
  /** app/(portal)/portal/layout.tsx (its session gate and the LEFS notice), then the page. */
  const portal = (page: () => Promise<unknown>) => () => m.session.requirePatientScope().then(() => Promise.all([m.lefs.loadWaitingQuestionnaire(), page()]));
  const [a, b] = t.assessmentIds;
  /** app/(clinic)/appointments/page.tsx: the frame, then (streamed) the visits of its days. */
  const diary = (view: "day" | "week") => clinic(() => Promise.all([m.appointments.loadDiary({ view, date: t.diaryDay }), m.appointments.loadDiaryDays({ view, date: t.diaryDay })]));
  return [
    { name: FLOOR, path: "/account", as: "clinician", data: clinic(() => m.accounts.loadOwnAccount()) },
    { name: FIRST_REGISTRY, path: "/patients", as: "clinician", data: clinic(() => registry({})) },
    { name: DEEP_REGISTRY, path: `/patients?page=${lastPage}&before=end`, as: "clinician", data: clinic(() => registry({ page: String(lastPage), before: "end" })) },
    { name: "registry search", path: `/patients?q=${encodeURIComponent(t.searchTerm)}`, as: "clinician", data: clinic(() => registry({ q: t.searchTerm })) },
    { name: "patient assessments", path: `/patients/${pid}/assessments`, as: "clinician", data: patient(() => m.assessments.loadAssessmentHistory(pid)) },
    { name: "assessment compare", path: `/patients/${pid}/assessments/compare?a=${a}&b=${b}`, as: "clinician", data: patient(() => m.assessments.loadAssessmentComparison(pid, a, b)) },
    { name: "episode", path: `/patients/${pid}/episodes/${t.episodeId}`, as: "clinician", data: patient(() => m.episodes.loadEpisode(pid, t.episodeId)) },
    { name: "program editor", path: `/patients/${pid}/episodes/${t.episodeId}/program`, as: "clinician", data: patient(() => m.programs.loadProgramEditor(pid, t.episodeId)) },
    { name: "progress tab", path: `/patients/${pid}/progress`, as: "clinician", data: patient(() => m.progress.loadProgress(pid, m.progressSchema.parseProgressParams({}))) },
    { name: "diary tab", path: `/patients/${pid}/diary`, as: "clinician", data: patient(() => m.diary.loadPatientDiary(pid)) },
    { name: DASHBOARD, path: "/dashboard?view=clinic", as: "dashboard", data: clinic(() => m.caseload.loadCaseload({ view: "clinic" })) },
    { name: "appointments, day", path: `/appointments?view=day&date=${t.diaryDay}`, as: "clinician", data: diary("day") },
    { name: "appointments, week", path: `/appointments?view=week&date=${t.diaryDay}`, as: "clinician", data: diary("week") },
    { name: "visit", path: `/appointments/${t.visitId}`, as: "clinician", data: clinic(() => m.appointments.loadAppointmentPage(t.visitId)) },
    {
      name: "visit note (signed)",
      path: `/patients/${pid}/visits/${t.noteVisitId}/note`,
      as: "clinician",
      data: patient(() => m.visitNotes.loadVisitNotePage(pid, t.noteVisitId)),
    },
    { name: "visits tab", path: `/patients/${pid}/visits`, as: "clinician", data: patient(() => Promise.all([m.patients.loadPatient(pid), m.appointments.loadPatientVisits(pid, {})])) },
    // The page and its next-visit card (components/appointments/next-visit-card.tsx, streamed).
    { name: "portal home", path: "/portal", as: "portal", data: portal(() => Promise.all([m.portal.loadPortalHome(), m.appointments.loadPortalNextVisit()])) },
    { name: "portal progress", path: "/portal/progress", as: "portal", data: portal(() => m.portalProgress.loadPortalProgress()) },
  ];
}
