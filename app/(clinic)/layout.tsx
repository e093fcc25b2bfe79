import { AppHeader, MAIN_CONTENT_ID } from "@/components/layout/app-header";
import { ClinicTimeZoneProvider } from "@/components/ui/clinic-time-zone";
import { requireViewer } from "@/lib/core/auth/session";

/**
 * Clinician and admin screens. Each page checks again itself; this gate only shapes the chrome, and hands
 * the clinic's time zone (read with the session) to every time shown below it.
 */
export default async function ClinicLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer("patients:read");
  return (
    <>
      <AppHeader viewer={viewer} nav={[
          { href: "/dashboard", label: "Caseload" },
          { href: "/patients", label: "Patients" },
          { href: "/appointments", label: "Appointments" },
          { href: "/exercises", label: "Exercise library" },
          ...(viewer.role === "ADMIN"
            ? [
                { href: "/templates", label: "Templates" },
                { href: "/staff", label: "Staff" },
                { href: "/activity", label: "Activity" },
                { href: "/api-keys", label: "API keys" },
                { href: "/mail", label: "E-mail" },
                { href: "/settings", label: "Clinic settings" },
              ]
            : []),
        ]} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        <ClinicTimeZoneProvider timeZone={viewer.clinicTimeZone}>{children}</ClinicTimeZoneProvider>
      </main>
    </>
  );
}
