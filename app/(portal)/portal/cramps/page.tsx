import type { Metadata } from "next";
import { CrampForm } from "@/components/cramps/cramp-form";
import { CrampList } from "@/components/cramps/cramp-list";
import { EmptyState } from "@/components/ui/empty-state";
import { loadCrampDiary } from "@/lib/cramps/loaders";

export const metadata: Metadata = { title: "Cramp diary" };

export default async function CrampDiaryPage() {
  const diary = await loadCrampDiary();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Cramp diary</h1>
      <section aria-labelledby="log-cramp-heading" className="space-y-4">
        <h2 id="log-cramp-heading" className="text-xl font-semibold">
          Log a cramp
        </h2>
        <CrampForm />
      </section>
      <section aria-labelledby="past-cramps-heading" className="space-y-3">
        <h2 id="past-cramps-heading" className="text-xl font-semibold">
          Past cramps
        </h2>
        {diary.rows.length === 0 ? (
          <EmptyState title="No cramps logged yet">When you have a cramp, log it above. Your clinician sees your diary.</EmptyState>
        ) : (
          <>
            {diary.total > diary.rows.length && (
              <p className="text-sm text-slate-700">
                Showing your newest {diary.rows.length} of {diary.total} cramps.
              </p>
            )}
            <CrampList cramps={diary.rows} />
          </>
        )}
      </section>
    </div>
  );
}
