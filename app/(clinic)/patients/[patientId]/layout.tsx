import Link from "next/link";
import { ArchivePatientButton } from "@/components/patients/archive-patient-button";
import { PatientSidebar } from "@/components/patients/patient-sidebar";
import { PatientTabs } from "@/components/patients/patient-tabs";
import { buttonClasses } from "@/components/ui/button";
import { activityQueryString, DEFAULT_ACTIVITY_PARAMS } from "@/lib/activity/activity-url";
import { requireViewer } from "@/lib/core/auth/session";
import { can } from "@/lib/core/auth/permissions";
import { todayIn } from "@/lib/core/dates";
import { loadPortalAccess } from "@/lib/invitations/loaders";
import { loadPatient } from "@/lib/patients/loaders";

export default async function PatientLayout({
  params,
  children,
}: {
  params: Promise<{ patientId: string }>;
  children: React.ReactNode;
}) {
  const { patientId } = await params;
  const [patient, portalAccess, viewer] = await Promise.all([loadPatient(patientId), loadPortalAccess(patientId), requireViewer("patients:read")]);
  const name = `${patient.firstName} ${patient.lastName}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3 print:hidden">
        <div>
          <Link href="/patients" className="text-sm text-brand-700 underline-offset-2 hover:underline">
            ← All patients
          </Link>
          <h1 className="mt-1 text-2xl font-semibold">{name}</h1>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          <Link href={`/patients/${patient.id}/edit`} className={buttonClasses("secondary")}>
            Edit details
          </Link>
          {/* A plain link: the browser downloads the file the route streams (fhir/route.ts). */}
          <a href={`/patients/${patient.id}/fhir`} download className={buttonClasses("secondary")}>
            Export FHIR
          </a>
          {can(viewer.role, "audit:read") && (
            <Link href={`/activity${activityQueryString({ ...DEFAULT_ACTIVITY_PARAMS, patient: patient.id })}`} className={buttonClasses("secondary")}>
              Activity
            </Link>
          )}
          <ArchivePatientButton patientId={patient.id} name={name} archived={patient.status === "ARCHIVED"} />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr] print:block">
        <PatientSidebar patient={patient} portalAccess={portalAccess} today={todayIn(viewer.clinicTimeZone)} />
        <div className="min-w-0 space-y-4">
          <PatientTabs patientId={patient.id} />
          {children}
        </div>
      </div>
    </div>
  );
}
