import type { Metadata } from "next";
import { ClinicSettingsForm } from "@/components/clinics/clinic-settings-form";
import { loadClinicSettingsPage } from "@/lib/clinics/loaders";

export const metadata: Metadata = { title: "Clinic settings" };

/** Admins only: the clinic's name, time zone and default visit lengths. */
export default async function ClinicSettingsPage() {
  const page = await loadClinicSettingsPage();
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 id="clinic-settings-heading" className="text-2xl font-semibold">
          Clinic settings
        </h1>
        <p className="text-sm text-slate-700">Every change is recorded in the Activity log with its value before and after.</p>
      </div>
      <ClinicSettingsForm settings={page.settings} timeZones={page.timeZones} />
    </div>
  );
}
