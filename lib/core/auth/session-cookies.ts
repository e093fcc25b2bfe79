import "server-only";
import { cookies } from "next/headers";

const SESSION_COOKIES = [
  { name: "next-auth.session-token", secure: false },
  // Browsers ignore a Set-Cookie for a __Secure- name without the Secure attribute, so deleting it
  // needs the attribute too; without it the cookie stayed and /login sent the user straight back in.
  { name: "__Secure-next-auth.session-token", secure: true },
];

/** Deletes this browser's session cookie, under either of the names next-auth gives it. */
export async function deleteSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const { name, secure } of SESSION_COOKIES) {
    jar.set(name, "", { path: "/", maxAge: 0, expires: new Date(0), httpOnly: true, sameSite: "lax", secure });
  }
}
