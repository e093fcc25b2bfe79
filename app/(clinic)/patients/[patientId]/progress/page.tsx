import type { Metadata } from "next";
import { ProgressOverview } from "@/components/progress/progress-overview";
import { loadProgress } from "@/lib/progress/loaders";
import type { RawSearchParams } from "@/lib/core/url-state";
import { parseProgressParams } from "@/lib/progress/schema";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressTab({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { patientId } = await params;
  const view = await loadProgress(patientId, parseProgressParams(await searchParams));
  return (
    <section aria-labelledby="progress-heading" className="space-y-4">
      <h2 id="progress-heading" className="text-xl font-semibold">
        Progress
      </h2>
      <ProgressOverview view={view} basePath={`/patients/${patientId}/progress`} />
    </section>
  );
}
