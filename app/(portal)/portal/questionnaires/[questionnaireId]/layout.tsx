import { loadOwnQuestionnaire } from "@/lib/lefs/loaders";

/**
 * Resolves the questionnaire before anything streams, so another patient's (or a made-up) id answers
 * with a real 404 status; the page's loading state sits below this, in loading.tsx.
 */
export default async function QuestionnaireLayout({ params, children }: { params: Promise<{ questionnaireId: string }>; children: React.ReactNode }) {
  await loadOwnQuestionnaire((await params).questionnaireId);
  return children;
}
