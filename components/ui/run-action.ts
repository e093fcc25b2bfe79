import { actionOutcome, type ActionOutcome, type ActionResponse } from "@/lib/core/action-result";

export const UNREACHABLE_MESSAGE = "Could not reach Rehabit. Check your connection and try again; what you entered is still here.";

/**
 * Calls a server action and folds its answer into an outcome. A request that never gets an answer
 * (offline, server down) rejects with "Failed to fetch"; it becomes a refusal saying so, like the
 * portal's buttons, instead of an uncaught error that leaves the form idle with no message.
 * Kept apart from useActionForm so the buttons that call an action alone do not bring react-hook-form.
 */
export async function runAction<T>(call: () => Promise<ActionResponse<T>>, unreachableMessage = UNREACHABLE_MESSAGE): Promise<ActionOutcome<T>> {
  let response: ActionResponse<T>;
  try {
    response = await call();
  } catch {
    return { ok: false, message: unreachableMessage, fieldErrors: {} };
  }
  return actionOutcome(response);
}
