import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/core/auth/session";
import { getOwnAccount, unsafeGetPasswordLinkPage } from "./data";
import type { OwnAccountDTO } from "./types";

/** The public set-password page needs no session: the token in its URL is the credential. */
export const loadPasswordLinkPage = cache((token: string) => unsafeGetPasswordLinkPage(token));

/** The caller's own account, whatever their role; nobody else's. */
export async function loadOwnAccount(): Promise<OwnAccountDTO> {
  const viewer = await requireViewer("account:self");
  const account = await getOwnAccount(viewer.id);
  if (!account) notFound();
  return { name: account.name, email: account.email, lastSignInAt: account.lastSignInAt?.toISOString() ?? null };
}
