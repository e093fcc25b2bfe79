import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "./mutations";

type Context = { params: Promise<{ token: string }> };

/**
 * Turns a reminder off (the daily one or the one before each visit): the unsubscribe page's button,
 * and mail clients' one-click "Unsubscribe" (RFC 8058, List-Unsubscribe-Post). Signed out: the signed
 * token is the credential and names one list of one patient, nothing else (lib/mail/unsubscribe-token.ts).
 * A forged token is a 404.
 */
export async function unsubscribePost(request: NextRequest, { params }: Context) {
  const { token } = await params;
  if (!(await unsubscribe(token))) return new NextResponse(null, { status: 404 });
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.nextUrl), 303);
}

/** Opened in a browser, the one-click address shows the page (a GET never changes anything). */
export async function unsubscribeGet(request: NextRequest, { params }: Context) {
  const { token } = await params;
  return NextResponse.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}`, request.nextUrl), 303);
}
