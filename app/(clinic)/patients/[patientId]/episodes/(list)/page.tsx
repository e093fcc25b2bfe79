import type { Metadata } from "next";
import Link from "next/link";
import { PhaseBadge } from "@/components/episodes/phase-badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/core/dates";
import { loadPatientEpisodes } from "@/lib/episodes/loaders";

export const metadata: Metadata = { title: "Episodes & program" };

const statusLabels = { ACTIVE: "Active", ON_HOLD: "On hold", FINISHED: "Finished" } as const;
const sideLabels = { LEFT: "left", RIGHT: "right", BOTH: "both sides" } as const;

export default async function EpisodesTab({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const episodes = await loadPatientEpisodes(patientId);
  return (
    <section aria-labelledby="episodes-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="episodes-heading" className="text-xl font-semibold">
          Episodes of care
        </h2>
        <Link href={`/patients/${patientId}/episodes/new`} className={buttonClasses("primary")}>
          Open episode
        </Link>
      </div>
      {episodes.length === 0 ? (
        <EmptyState title="No episode of care yet">Open an episode to follow this patient through the phases of care.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {episodes.map((episode) => (
            <li key={episode.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/patients/${patientId}/episodes/${episode.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {episode.diagnosis}
                </Link>
                <PhaseBadge phase={episode.phase} />
                <span className="text-xs font-medium text-slate-700">{statusLabels[episode.status]}</span>
              </div>
              <p className="mt-1 text-sm text-slate-700">
                {sideLabels[episode.side]} · onset {formatDate(episode.onsetDate)} · {episode.clinicianName}
                {episode.icd10Code && ` · ICD-10 ${episode.icd10Code}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
