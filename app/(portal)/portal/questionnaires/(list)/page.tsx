import type { Metadata } from "next";
import Link from "next/link";
import { LefsSummaryList } from "@/components/lefs/lefs-summary-list";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/core/dates";
import { LEFS_ITEM_COUNT } from "@/lib/lefs/items";
import { loadOwnQuestionnaires } from "@/lib/lefs/loaders";

export const metadata: Metadata = { title: "Questionnaires" };

export default async function QuestionnairesPage() {
  const { open, completed } = await loadOwnQuestionnaires();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">Questionnaires</h1>
      <section aria-labelledby="waiting-heading" className="space-y-3">
        <h2 id="waiting-heading" className="text-xl font-semibold">
          Waiting for you
        </h2>
        {open ? (
          <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <p className="font-medium">Lower Extremity Functional Scale (LEFS)</p>
            <p className="text-sm text-slate-700">
              Your clinician asked for it on {formatDate(open.requestedAt)}. {LEFS_ITEM_COUNT} short questions about everyday activities; each answer is
              saved as you go. {open.answered > 0 && `${open.answered} of ${LEFS_ITEM_COUNT} answered.`}
            </p>
            <Link href={`/portal/questionnaires/${open.id}`} className={buttonClasses("primary", "min-h-12 w-full text-base sm:w-auto")}>
              {open.answered > 0 ? "Continue the LEFS" : "Start the LEFS"}
            </Link>
          </div>
        ) : (
          <EmptyState title="Nothing to fill in right now">Your clinician will ask when a questionnaire would help.</EmptyState>
        )}
      </section>
      <section aria-labelledby="past-results-heading" className="space-y-3">
        <h2 id="past-results-heading" className="text-xl font-semibold">
          Past results
        </h2>
        {completed.length === 0 ? (
          <EmptyState title="No completed questionnaires yet" />
        ) : (
          <LefsSummaryList questionnaires={completed} />
        )}
      </section>
    </div>
  );
}
