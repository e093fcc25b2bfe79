import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { gateSession } from "./session-gate";
import { ABSOLUTE_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS } from "./session-policy";

const secret = "unit-test-secret-unit-test-secret-0000";
const cookieName = "next-auth.session-token";
const now = () => Math.floor(Date.now() / 1000);

async function requestWith(claims: { signedInAt: number }, maxAge = IDLE_TIMEOUT_SECONDS) {
  const token = await encode({
    token: { sub: "user-1", role: "CLINICIAN", clinicId: "clinic-1", patientId: null, sessionGeneration: 0, ...claims },
    secret,
    maxAge,
  });
  return new NextRequest("http://localhost:3000/patients?page=2", { headers: { cookie: `${cookieName}=${token}` } });
}

afterEach(() => {
  vi.useRealTimers();
});

/** The request's token was issued this many seconds ago. */
function later(seconds: number) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + seconds * 1000);
}

describe("gateSession", () => {
  it("sends a signed-out visitor to sign in, remembering where they were going", async () => {
    const response = await gateSession(new NextRequest("http://localhost:3000/patients?page=2"), secret);
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fpatients%3Fpage%3D2");
  });

  it("lets an active session through and extends it by another 30 minutes", async () => {
    const request = await requestWith({ signedInAt: now() - 60 });
    later(120);
    const response = await gateSession(request, secret);
    expect(response.headers.get("location")).toBeNull();
    const refreshed = response.cookies.get(cookieName);
    expect(refreshed?.value).toBeTruthy();
    expect(refreshed?.maxAge).toBe(IDLE_TIMEOUT_SECONDS);
    expect(refreshed?.httpOnly).toBe(true);
  });

  it("leaves the cookie alone on server actions and prefetches, which may race a sign-out", async () => {
    for (const header of ["next-action", "next-router-prefetch"]) {
      const request = await requestWith({ signedInAt: now() - 60 });
      request.headers.set(header, "1");
      later(120);
      const response = await gateSession(request, secret);
      expect(response.headers.get("location")).toBeNull();
      expect(response.cookies.get(cookieName)).toBeUndefined();
      vi.useRealTimers();
    }
  });

  it("re-issues at most once a minute", async () => {
    const response = await gateSession(await requestWith({ signedInAt: now() }), secret);
    expect(response.headers.get("location")).toBeNull();
    expect(response.cookies.get(cookieName)).toBeUndefined();
  });

  // next-auth allows 15 s of clock skew, so the token expired a minute ago.
  it("ends a session that was idle past its expiry", async () => {
    const response = await gateSession(await requestWith({ signedInAt: now() - 60 }, -60), secret);
    expect(response.headers.get("location")).toContain("/login");
  });

  it("ends a busy session 12 hours after sign-in and clears its cookie", async () => {
    const response = await gateSession(await requestWith({ signedInAt: now() - ABSOLUTE_TIMEOUT_SECONDS - 1 }), secret);
    expect(response.headers.get("location")).toContain("/login");
    expect(response.cookies.get(cookieName)?.value).toBe("");
  });

  it("rejects a token signed with another secret", async () => {
    const response = await gateSession(await requestWith({ signedInAt: now() }), "a-different-secret-a-different-secret-00");
    expect(response.headers.get("location")).toContain("/login");
  });

  it("behind a proxy that ends TLS, follows NEXTAUTH_URL: reads and re-issues the __Secure- cookie with Secure", async () => {
    const token = await encode({
      token: { sub: "user-1", role: "CLINICIAN", clinicId: "clinic-1", patientId: null, sessionGeneration: 0, signedInAt: now() },
      secret,
      maxAge: IDLE_TIMEOUT_SECONDS,
    });
    later(120);
    const request = new NextRequest("http://localhost:3000/patients", { headers: { cookie: `__Secure-next-auth.session-token=${token}` } });
    const response = await gateSession(request, secret, "https://clinic.example");
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("set-cookie")).toMatch(/^__Secure-next-auth\.session-token=.*; Secure/i);
    // The plain-HTTP name is not what the server issued, so it does not count as a session there.
    const plain = new NextRequest("http://localhost:3000/patients", { headers: { cookie: `${cookieName}=${token}` } });
    expect((await gateSession(plain, secret, "https://clinic.example")).headers.get("location")).toContain("/login");
  });
});
