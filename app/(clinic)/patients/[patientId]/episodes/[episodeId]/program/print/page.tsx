import type { Metadata } from "next";
import { ProgramView } from "@/components/programs/program-view";
import { PrintButton } from "@/components/programs/print-button";
import { ClinicDate } from "@/components/ui/clinic-time";
import { PHASE_LABELS } from "@/lib/episodes/phases";
import { loadProgramVersion } from "@/lib/programs/loaders";

export const metadata: Metadata = { title: "Exercise handout" };

/** The current program as a handout; the app around it is marked print:hidden. */
export default async function ProgramHandoutPage({ params }: { params: Promise<{ patientId: string; episodeId: string }> }) {
  const { patientId, episodeId } = await params;
  const { patient, program, catalogue, pausedCodes } = await loadProgramVersion(patientId, episodeId);
  return (
    <section aria-labelledby="handout-heading" className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="handout-heading" className="text-2xl font-semibold">
            Exercise program for {patient.firstName} {patient.lastName}
          </h2>
          <p className="text-sm text-slate-700">
            {PHASE_LABELS[program.phase]} · version {program.version} of <ClinicDate iso={program.createdAt} />
          </p>
        </div>
        <PrintButton />
      </div>
      <ProgramView items={program.items} catalogue={catalogue} pausedCodes={pausedCodes} />
      <p className="text-sm text-slate-700">Stop an exercise and tell your clinician if it causes sharp pain, or pain that is worse the next morning.</p>
    </section>
  );
}
