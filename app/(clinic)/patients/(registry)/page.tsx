import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PatientRegistry } from "@/components/patients/patient-registry";
import { buttonClasses } from "@/components/ui/button";
import { loadPatientRegistry } from "@/lib/patients/loaders";
import type { RawSearchParams } from "@/lib/core/url-state";
import { END_CURSOR, parseRegistryParams, registryQueryString } from "@/lib/patients/registry-params";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = parseRegistryParams(await searchParams);
  const page = await loadPatientRegistry(params);
  // A page number past the end (the list got shorter since the link was made): the last page.
  if (page.rows.length === 0 && page.total > 0) {
    redirect(`/patients${registryQueryString({ ...params, page: Math.ceil(page.total / params.pageSize), after: "", before: END_CURSOR })}`);
  }

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Patients</h1>
        <Link href="/patients/new" className={buttonClasses("primary")}>
          Register patient
        </Link>
      </div>
      <PatientRegistry page={page} params={params} />
    </div>
  );
}
