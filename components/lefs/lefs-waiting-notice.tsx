import Link from "next/link";
import { LEFS_ITEM_COUNT } from "@/lib/lefs/items";
import { loadWaitingQuestionnaire } from "@/lib/lefs/loaders";

/** Shown on every portal page while the clinician's LEFS request waits for the patient. */
export async function LefsWaitingNotice() {
  const waiting = await loadWaitingQuestionnaire();
  if (!waiting) return null;
  return (
    <aside aria-label="Questionnaire waiting" className="mb-6 rounded-lg border border-brand-600/40 bg-brand-50 px-4 py-3 text-brand-800">
      <p className="font-medium">A questionnaire is waiting for you</p>
      <Link href={`/portal/questionnaires/${waiting.id}`} className="inline-flex min-h-11 items-center font-medium underline underline-offset-2">
        {waiting.answered > 0 ? `Continue the LEFS (${waiting.answered} of ${LEFS_ITEM_COUNT} answered)` : "Fill in the LEFS"}
      </Link>
    </aside>
  );
}
