import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { IDLE_TIMEOUT_SECONDS, isPastAbsoluteLimit } from "./session-policy";

/** A session ends between 29 and 30 minutes after the last request. */
const REISSUE_AFTER_SECONDS = 60;

/**
 * What proxy.ts does on every request. Not a security boundary (every page, action and route
 * handler checks the session itself): it only sends the signed-out to sign in, and slides the idle
 * window by re-issuing the session token with a fresh 30-minute expiry, so only inactivity (or the
 * 12-hour cap from sign-in) ends a session.
 */
export async function gateSession(request: NextRequest, secret: string | undefined, publicUrl = process.env.NEXTAUTH_URL): Promise<NextResponse> {
  // The cookie's name and Secure flag follow NEXTAUTH_URL, as next-auth's own do: behind a proxy that
  // ends TLS this server sees plain HTTP, but the browser only sends the __Secure- cookie it was given.
  const secure = publicUrl ? publicUrl.startsWith("https://") : request.nextUrl.protocol === "https:";
  const cookieName = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  // getToken returns null for a missing, tampered or expired (idle) token.
  const token = await getToken({ req: request, secret, cookieName });
  const now = Math.floor(Date.now() / 1000);

  if (!token || !secret || isPastAbsoluteLimit(token.signedInAt, now)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    const response = NextResponse.redirect(login);
    if (token) response.cookies.delete(cookieName);
    return response;
  }

  const response = NextResponse.next();
  // Re-issue at most once a minute, and never on prefetches or server actions: a response that sets
  // the cookie while a sign-out is in flight would otherwise undo the sign-out.
  const recentlyIssued = typeof token.iat === "number" && now - token.iat < REISSUE_AFTER_SECONDS;
  if (recentlyIssued || request.headers.has("next-action") || request.headers.has("next-router-prefetch")) return response;
  response.cookies.set(cookieName, await encode({ token, secret, maxAge: IDLE_TIMEOUT_SECONDS }), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: IDLE_TIMEOUT_SECONDS,
  });
  return response;
}
