import { describe, expect, it } from "vitest";
import { invitationExpiry } from "@/lib/core/auth/link-state";
import { portalAccessState } from "./state";

const expiresAt = invitationExpiry(new Date("2026-11-20T09:00:00Z"));
const at = (iso: string) => new Date(iso);
const fresh = { expiresAt, usedAt: null, revokedAt: null };

describe("portal access on the patient page", () => {
  const latest = { ...fresh, email: "pat@example.com" };
  const now = at("2026-11-21T09:00:00Z");

  it("is active while an account is linked, whatever the invitations say", () => {
    expect(portalAccessState({ linkedEmail: "pat@example.com", latestInvitation: null }, now)).toEqual({ kind: "active", email: "pat@example.com" });
    expect(portalAccessState({ linkedEmail: "pat@example.com", latestInvitation: { ...latest, revokedAt: now } }, now).kind).toBe("active");
  });

  it("is none with no invitation, pending or expired by the latest invitation", () => {
    expect(portalAccessState({ linkedEmail: null, latestInvitation: null }, now)).toEqual({ kind: "none" });
    expect(portalAccessState({ linkedEmail: null, latestInvitation: latest }, now)).toEqual({ kind: "pending", email: "pat@example.com", expiresAt: expiresAt.toISOString() });
    expect(portalAccessState({ linkedEmail: null, latestInvitation: latest }, expiresAt)).toEqual({ kind: "expired", email: "pat@example.com", expiredAt: expiresAt.toISOString() });
  });

  it("is revoked when the latest invitation was revoked, dated by it", () => {
    const revokedAt = at("2026-11-22T12:00:00Z");
    const usedThenRevoked = { ...latest, usedAt: at("2026-11-21T08:00:00Z"), revokedAt };
    expect(portalAccessState({ linkedEmail: null, latestInvitation: usedThenRevoked }, now)).toEqual({ kind: "revoked", revokedAt: revokedAt.toISOString() });
  });
});
