import type { Metadata } from "next";
import { EpisodeForm } from "@/components/episodes/episode-form";
import { loadEpisodeForm } from "@/lib/episodes/loaders";

export const metadata: Metadata = { title: "Open episode" };

export default async function NewEpisodePage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patient, clinicians, currentUserId, today } = await loadEpisodeForm((await params).patientId);
  return (
    <section aria-labelledby="new-episode-heading" className="max-w-3xl space-y-4">
      <h2 id="new-episode-heading" className="text-xl font-semibold">
        Open an episode of care
      </h2>
      <EpisodeForm
        patientId={patient.id}
        clinicians={clinicians}
        defaultValues={{ diagnosis: "", icd10Code: "", side: "RIGHT", onsetDate: today, mechanism: "SPRINTING", clinicianId: currentUserId }}
      />
    </section>
  );
}
