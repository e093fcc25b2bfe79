"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Signs out by deleting the session cookie (sessions are stateless JWTs). A plain form posts it, so
 * it works before the page's JavaScript has loaded. It needs no permission check: it can only end
 * the caller's own session, and a signed-out caller is simply sent to sign in.
 */
export async function signOutAction(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/login");
}
