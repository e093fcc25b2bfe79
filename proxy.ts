import type { NextRequest } from "next/server";
import { gateSession } from "@/lib/core/auth/session-gate";

export function proxy(request: NextRequest) {
  return gateSession(request, process.env.NEXTAUTH_SECRET);
}

export const config = {
  // Everything except sign-in, invitation and password links (opened signed out), next-auth's own endpoints, the
  // health check and static files.
  matcher: ["/((?!login|invite/|set-password/|api/auth|api/health|_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:svg|png|ico)$).*)"],
};
