import type { NextRequest } from "next/server";
import { gateSession } from "@/lib/core/auth/session-gate";

export function proxy(request: NextRequest) {
  return gateSession(request, process.env.NEXTAUTH_SECRET);
}

export const config = {
  // Everything except sign-in, invitation, password and unsubscribe links (opened signed out), next-auth's own endpoints, the
  // health check, the FHIR API (its handlers authenticate API keys themselves: lib/fhir-api/handler.ts) and static files.
  matcher: ["/((?!login|invite/|set-password/|unsubscribe/|api/unsubscribe/|api/auth|api/health|fhir/|_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:svg|png|ico)$).*)"],
};
