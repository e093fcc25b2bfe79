import type { Metadata } from "next";
import Link from "next/link";
import { PhaseBadge } from "@/components/episodes/phase-badge";
import { Alert } from "@/components/ui/alert";
import { ProgramEditor } from "@/components/programs/program-editor";
import { buttonClasses } from "@/components/ui/button";
import { ClinicDateTime } from "@/components/ui/clinic-time";
import { formatDate } from "@/lib/core/dates";
import { loadProgramEditor } from "@/lib/programs/loaders";
import { toItemFields } from "@/lib/programs/items";

export const metadata: Metadata = { title: "Exercise program" };

export default async function ProgramPage({ params }: { params: Promise<{ patientId: string; episodeId: string }> }) {
  const { patientId, episodeId } = await params;
  const { episode, current, loadHistory, versions, suggestions, templates, latestAssessment, clinicExercises, pausedExercises } = await loadProgramEditor(
    patientId,
    episodeId,
  );
  const base = `/patients/${patientId}/episodes/${episodeId}`;
  return (
    <section aria-labelledby="program-heading" className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <Link href={base} className="text-sm text-brand-700 underline-offset-2 hover:underline">
            ← {episode.diagnosis}
          </Link>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <h2 id="program-heading" className="text-xl font-semibold">
              Exercise program
            </h2>
            <PhaseBadge phase={episode.phase} />
          </div>
          <p className="text-sm text-slate-700">
            {current ? (
              <>
                Version {current.version}, saved <ClinicDateTime iso={current.createdAt} /> by {current.createdByName}
              </>
            ) : (
              "No program saved yet"
            )}
            {latestAssessment && ` · suggestions from the assessment of ${formatDate(latestAssessment.assessedOn)}`}
          </p>
        </div>
        {current && (
          <Link href={`${base}/program/print`} className={buttonClasses("secondary")}>
            Printable handout
          </Link>
        )}
      </div>
      {pausedExercises.length > 0 && (
        <Alert tone="info">
          <strong>Paused in the patient&apos;s portal since the step back:</strong> {pausedExercises.join(", ")} {pausedExercises.length === 1 ? "is" : "are"} not allowed in this phase (R-NO-HEAVY-ACUTE), so the
          portal shows {pausedExercises.length === 1 ? "it" : "them"} as paused and refuses logs. Save a new version: remove{" "}
          {pausedExercises.length === 1 ? "it" : "them"}, or keep {pausedExercises.length === 1 ? "it" : "them"} with an override reason.
        </Alert>
      )}
      <ProgramEditor
        episodeId={episode.id}
        phase={episode.phase}
        baseVersion={current?.version ?? 0}
        previousItems={(current?.items ?? []).map((item) => toItemFields({ ...item, loadChangeReason: "" }))}
        loadHistory={loadHistory}
        suggestions={suggestions}
        templates={templates}
        clinicExercises={clinicExercises}
      />
      {versions.length > 0 && (
        <section aria-labelledby="versions-heading" className="space-y-2">
          <h3 id="versions-heading" className="text-lg font-semibold">
            Versions
          </h3>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
            {versions.map((version) => (
              <li key={version.version} className="flex flex-wrap items-center gap-3 px-4 py-2">
                <Link href={`${base}/program/versions/${version.version}`} className="font-medium text-brand-700 underline">
                  Version {version.version}
                </Link>
                <span>
                  <ClinicDateTime iso={version.createdAt} /> · {version.createdByName} · {version.itemCount} exercises
                  {version.note && ` · ${version.note}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
