import { encode, getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { IDLE_TIMEOUT_SECONDS, isPastAbsoluteLimit } from "@/lib/core/auth/session-policy";

/**
 * Not a security boundary (every page, action and route handler checks the session itself). It
 * only redirects the signed-out to sign in, and slides the idle window: each request re-issues the
 * session token with a fresh 30-minute expiry, so only inactivity (or the 12-hour cap) ends it.
 */
export async function proxy(request: NextRequest) {
  const secret = process.env.NEXTAUTH_SECRET;
  const secure = request.nextUrl.protocol === "https:";
  const cookieName = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const token = await getToken({ req: request, secret, cookieName });
  const now = Math.floor(Date.now() / 1000);

  if (!token || isPastAbsoluteLimit(token.signedInAt, now)) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    const response = NextResponse.redirect(login);
    if (token) response.cookies.delete(cookieName);
    return response;
  }

  const response = NextResponse.next();
  const refreshed = await encode({ token, secret: secret!, maxAge: IDLE_TIMEOUT_SECONDS });
  response.cookies.set(cookieName, refreshed, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: IDLE_TIMEOUT_SECONDS,
  });
  return response;
}

export const config = {
  // Everything except sign-in, next-auth's own endpoints, the health check and static files.
  matcher: ["/((?!login|api/auth|api/health|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)"],
};
