import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PatientRegistry } from "@/components/patients/patient-registry";
import { buttonClasses } from "@/components/ui/button";
import { loadPatientRegistry } from "@/lib/patients/loaders";
import type { RawSearchParams } from "@/lib/core/url-state";
import { parseRegistryParams, registryQueryString } from "@/lib/patients/registry-params";

export const metadata: Metadata = { title: "Patients" };

export default async function PatientsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = parseRegistryParams(await searchParams);
  const page = await loadPatientRegistry(params);
  const lastPage = Math.max(1, Math.ceil(page.total / params.pageSize));
  if (params.page > lastPage) redirect(`/patients${registryQueryString({ ...params, page: lastPage })}`);

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
