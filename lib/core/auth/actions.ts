"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { endAllSessions } from "./mutations";
import { getViewer } from "./session";

const SESSION_COOKIES = [
  { name: "next-auth.session-token", secure: false },
  // Browsers ignore a Set-Cookie for a __Secure- name without the Secure attribute, so deleting it
  // needs the attribute too; without it the cookie stayed and /login sent the user straight back in.
  { name: "__Secure-next-auth.session-token", secure: true },
];

async function deleteSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name, secure } of SESSION_COOKIES) {
    jar.set(name, "", { path: "/", maxAge: 0, expires: new Date(0), httpOnly: true, sameSite: "lax", secure });
  }
}

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
  redirect("/login");
}
