import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CaseloadTable } from "@/components/caseload/caseload-table";
import { PhaseSummary } from "@/components/caseload/phase-summary";
import { ViewToggle } from "@/components/caseload/view-toggle";
import { UnsignedNotes } from "@/components/visit-notes/unsigned-notes";
import { UNSIGNED_NOTE_ALERT_HOURS } from "@/lib/visit-notes/limits";
import { loadCaseload } from "@/lib/caseload/loaders";
import { caseloadHref, CASELOAD_PAGE_SIZE } from "@/lib/caseload/params";

export const metadata: Metadata = { title: "Caseload" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, caseload } = await loadCaseload(await searchParams);
  const lastPage = Math.max(1, Math.ceil(caseload.total / CASELOAD_PAGE_SIZE));
  if (params.page > lastPage) redirect(caseloadHref({ ...params, page: lastPage }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Caseload</h1>
        <ViewToggle params={params} />
      </div>
      <PhaseSummary counts={caseload.phaseCounts} active={caseload.activeEpisodes} flagged={caseload.total} />
      <UnsignedNotes {...caseload.unsignedNotes} hours={UNSIGNED_NOTE_ALERT_HOURS} mine={params.view === "mine"} />
      <section aria-labelledby="attention-heading" className="space-y-2">
        <h2 id="attention-heading" className="text-lg font-semibold">
          Patients needing attention
        </h2>
        <CaseloadTable caseload={caseload} params={params} />
      </section>
    </div>
  );
}
