import { loadWaitingQuestionnaire } from "@/lib/lefs/loaders";
import { LefsWaitingBanner } from "./lefs-waiting-banner";

/** Shown on every portal page while the clinician's LEFS request waits for the patient. */
export async function LefsWaitingNotice() {
  const waiting = await loadWaitingQuestionnaire();
  return waiting ? <LefsWaitingBanner id={waiting.id} answered={waiting.answered} /> : null;
}
