import "server-only";
import { cache } from "react";
import { requireClinicScope } from "@/lib/core/auth/session";
import { mailEnabled } from "@/lib/core/mail";
import { listOutbox } from "./data";
import { parseOutboxState } from "./states";
import type { OutboxPageDTO } from "./types";

/** The E-mail page (admins only; 404 for anyone else): the clinic's outgoing messages in the state the URL asks for. */
export const loadOutboxPage = cache(async (state: unknown): Promise<OutboxPageDTO> => {
  const { scope } = await requireClinicScope("mail:manage");
  return { ...(await listOutbox(scope, parseOutboxState(state))), mailEnabled: mailEnabled() };
});
