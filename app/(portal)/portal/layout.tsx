import { Suspense } from "react";
import { AppHeader, MAIN_CONTENT_ID } from "@/components/layout/app-header";
import { LefsWaitingNotice } from "@/components/lefs/lefs-waiting-notice";
import { requirePatientScope } from "@/lib/core/auth/session";

/**
 * Patient screens. A staff account answers 404 here, as a patient does on clinician screens; so does a
 * patient whose access was revoked — checked here, above the pages' loading states, so the 404 is
 * decided before anything streams.
 */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const { viewer } = await requirePatientScope();
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
        {/* Its own boundary, so the notice never holds up the page. */}
        <Suspense fallback={null}>
          <LefsWaitingNotice />
        </Suspense>
        {children}
      </main>
    </>
  );
}
