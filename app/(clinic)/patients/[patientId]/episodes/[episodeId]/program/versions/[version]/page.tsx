import type { Metadata } from "next";
import Link from "next/link";
import { ProgramView } from "@/components/programs/program-view";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { loadProgramVersion } from "@/lib/programs/loaders";

export const metadata: Metadata = { title: "Program version" };

export default async function ProgramVersionPage({ params }: { params: Promise<{ patientId: string; episodeId: string; version: string }> }) {
  const { patientId, episodeId, version } = await params;
  const { program, catalogue } = await loadProgramVersion(patientId, episodeId, version);
  return (
    <section aria-labelledby="version-heading" className="space-y-4">
      <Link href={`/patients/${patientId}/episodes/${episodeId}/program`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
        ← Current program
      </Link>
      <h2 id="version-heading" className="text-xl font-semibold">
        Version {program.version}
      </h2>
      <p className="text-sm text-slate-700">
        {PHASE_LABELS[program.phase]} · saved <ClinicDateTime iso={program.createdAt} /> by {program.createdByName}
        {program.note && ` · ${program.note}`}
      </p>
      <ProgramView items={program.items} catalogue={catalogue} />
    </section>
  );
}
