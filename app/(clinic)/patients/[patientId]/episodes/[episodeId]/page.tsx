import type { Metadata } from "next";
import Link from "next/link";
import { GateChecklist } from "@/components/episodes/gate-checklist";
import { PhaseBadge } from "@/components/episodes/phase-badge";
import { PhaseControls } from "@/components/episodes/phase-controls";
import { PhaseHistory } from "@/components/episodes/phase-history";
import { FindingsList } from "@/components/assessments/findings-list";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/core/dates";
import { loadEpisode } from "@/lib/episodes/loaders";
import { NoteEvents } from "@/components/visit-notes/note-events";
import { loadEpisodeNotes } from "@/lib/visit-notes/loaders";
import { PHASE_LABELS, previousPhase } from "@/lib/episodes/phases";
import { MECHANISM_OPTIONS } from "@/lib/episodes/labels";

export const metadata: Metadata = { title: "Episode of care" };

export default async function EpisodePage({ params }: { params: Promise<{ patientId: string; episodeId: string }> }) {
  const { patientId, episodeId } = await params;
  const [{ episode, assessments, gate }, notes] = await Promise.all([loadEpisode(patientId, episodeId), loadEpisodeNotes(patientId, episodeId)]);
  const latest = assessments.at(-1);
  const mechanism = MECHANISM_OPTIONS.find((option) => option.value === episode.mechanism)?.label;
  return (
    <article aria-labelledby="episode-heading" className="space-y-6">
      <div>
        <Link href={`/patients/${patientId}/episodes`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
          ← Episodes
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h2 id="episode-heading" className="text-xl font-semibold">
            {episode.diagnosis}
          </h2>
          <PhaseBadge phase={episode.phase} />
        </div>
        <p className="text-sm text-slate-700">
          Onset {formatDate(episode.onsetDate)} · {mechanism} · responsible: {episode.clinicianName}
          {episode.icd10Code && ` · ICD-10 ${episode.icd10Code}`} · {episode.status === "ACTIVE" ? "active" : episode.status === "ON_HOLD" ? "on hold" : "finished"}
        </p>
      </div>

      <section aria-labelledby="gate-heading" className="space-y-2">
        <h3 id="gate-heading" className="text-lg font-semibold">
          Ready to leave {PHASE_LABELS[episode.phase].toLowerCase()}?
        </h3>
        <GateChecklist gate={gate} />
      </section>

      <div className="flex flex-wrap gap-2">
        <Link href={`/patients/${patientId}/episodes/${episode.id}/program`} className={buttonClasses("primary")}>
          Exercise program
        </Link>
      </div>

      <PhaseControls
        episodeId={episode.id}
        version={episode.version}
        status={episode.status}
        next={gate.to}
        previous={previousPhase(episode.phase)}
        gateReady={gate.ready}
      />

      <section aria-labelledby="episode-assessments-heading" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="episode-assessments-heading" className="text-lg font-semibold">
            Assessments in this episode
          </h3>
          <Link href={`/patients/${patientId}/assessments/new?episode=${episode.id}`} className={buttonClasses("secondary")}>
            New assessment
          </Link>
        </div>
        {assessments.length === 0 ? (
          <EmptyState title="No assessments linked yet" />
        ) : (
          <>
            <ul className="flex flex-wrap gap-2 text-sm">
              {assessments.map((assessment) => (
                <li key={assessment.id}>
                  <Link href={`/patients/${patientId}/assessments/${assessment.id}`} className="text-brand-700 underline">
                    {formatDate(assessment.assessedOn)}
                  </Link>
                </li>
              ))}
            </ul>
            {latest && (
              <>
                <p className="text-sm text-slate-700">Findings of the latest ({formatDate(latest.assessedOn)}):</p>
                <FindingsList findings={latest.findings} />
              </>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h3 id="history-heading" className="text-lg font-semibold">
          Phase history
        </h3>
        <PhaseHistory changes={episode.phaseChanges} />
      </section>

      <section aria-labelledby="episode-notes-heading" className="space-y-2">
        <h3 id="episode-notes-heading" className="text-lg font-semibold">
          Visit notes
        </h3>
        <NoteEvents events={notes} />
      </section>
    </article>
  );
}
