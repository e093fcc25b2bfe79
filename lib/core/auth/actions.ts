"use server";

import { redirect } from "next/navigation";
import { endAllSessions } from "./mutations";
import { getViewer } from "./session";
import { deleteSessionCookies } from "./session-cookies";

/**
 * Signs out this browser by deleting the session cookie. A plain form posts it, so it works before
 * the page's JavaScript has loaded. It needs no permission check: it can only end the caller's own
 * session, and a signed-out caller is simply sent to sign in.
 */
export async function signOutAction(): Promise<void> {
  await deleteSessionCookies();
  redirect("/login");
}

/**
 * Ends every session of the caller's account — other browsers, a lost phone — by bumping its
 * session generation, then signs this browser out too. Only ever the caller's own account.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  if (viewer) await endAllSessions(viewer.id);
  await deleteSessionCookies();
  redirect("/login?signedOut=everywhere");
}
