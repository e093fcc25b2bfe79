import { AppHeader, MAIN_CONTENT_ID } from "@/components/layout/app-header";
import { LefsWaitingBanner } from "@/components/lefs/lefs-waiting-banner";
import { requirePatientScope } from "@/lib/core/auth/session";
import { loadWaitingQuestionnaire } from "@/lib/lefs/loaders";

/**
 * Patient screens. A staff account answers 404 here, as a patient does on clinician screens; so does a
 * patient whose access was revoked — checked here, above the pages' loading states, so the 404 is
 * decided before anything streams. The "questionnaire waiting" notice comes with the first HTML (one
 * indexed statement while the page loads its own data): streamed in later, it pushed the page down by
 * its height on a phone (Lighthouse's layout shift 0.17).
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { viewer } = await requirePatientScope();
  const waiting = await loadWaitingQuestionnaire();
  return (
    <>
      <AppHeader viewer={viewer} nav={[
          { href: "/portal", label: "My plan" },
          { href: "/portal/cramps", label: "Cramp diary" },
          { href: "/portal/questionnaires", label: "Questionnaires" },
          { href: "/portal/progress", label: "Progress" },
          { href: "/portal/my-data", label: "My data" },
        ]} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-2xl px-4 py-6 focus:outline-none">
        {waiting && <LefsWaitingBanner id={waiting.id} answered={waiting.answered} />}
        {children}
      </main>
    </>
  );
}
