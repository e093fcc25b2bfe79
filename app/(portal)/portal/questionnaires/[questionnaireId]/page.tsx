import type { Metadata } from "next";
import Link from "next/link";
import { LefsQuestionnaire } from "@/components/lefs/lefs-questionnaire";
import { formatDate } from "@/lib/core/dates";
import { loadOwnQuestionnaire } from "@/lib/lefs/loaders";

export const metadata: Metadata = { title: "LEFS questionnaire" };

export default async function QuestionnairePage({ params }: { params: Promise<{ questionnaireId: string }> }) {
  const questionnaire = await loadOwnQuestionnaire((await params).questionnaireId);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/portal/questionnaires" className="inline-flex min-h-11 items-center text-sm text-brand-700 underline-offset-2 hover:underline">
          ← All questionnaires
        </Link>
        <h1 className="text-2xl font-semibold">Lower Extremity Functional Scale</h1>
        <p className="text-slate-700">
          {questionnaire.completedAt
            ? `Finished on ${formatDate(questionnaire.completedAt)}.`
            : "Today, how much difficulty do you have with each activity because of your leg problem? Each answer is saved as soon as you choose it, so you can stop and come back later."}
        </p>
      </div>
      <LefsQuestionnaire questionnaire={questionnaire} />
    </div>
  );
}
