import { describe, expect, it } from "vitest";
import { INVITATION_VALID_HOURS, invitationExpiry, invitationState } from "./link-state";

const createdAt = new Date("2026-11-20T09:00:00Z");
const expiresAt = invitationExpiry(createdAt);
const at = (iso: string) => new Date(iso);
const fresh = { expiresAt, usedAt: null, revokedAt: null };

describe("invitation expiry and state", () => {
  it("expires 72 hours after it is made", () => {
    expect(INVITATION_VALID_HOURS).toBe(72);
    expect(expiresAt.toISOString()).toBe("2026-11-23T09:00:00.000Z");
  });

  it("works until the instant it expires, and not at that instant", () => {
    expect(invitationState(fresh, at("2026-11-23T08:59:59.999Z"))).toBe("pending");
    expect(invitationState(fresh, expiresAt)).toBe("expired");
    expect(invitationState(fresh, at("2026-12-01T00:00:00Z"))).toBe("expired");
  });

  it("stays used or revoked whatever the clock says", () => {
    const used = { ...fresh, usedAt: at("2026-11-21T10:00:00Z") };
    const revoked = { ...fresh, revokedAt: at("2026-11-21T10:00:00Z") };
    expect(invitationState(used, createdAt)).toBe("used");
    expect(invitationState(used, at("2027-01-01T00:00:00Z"))).toBe("used");
    expect(invitationState(revoked, createdAt)).toBe("revoked");
    expect(invitationState({ ...used, revokedAt: at("2026-11-22T10:00:00Z") }, createdAt)).toBe("used");
  });
});
