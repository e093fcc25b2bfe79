import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS, isPastAbsoluteLimit, isThrottled } from "./session-policy";

describe("session absolute limit", () => {
  const signedIn = 1_000_000;
  it("keeps a session alive just under 12 hours and ends it at 12 hours", () => {
    expect(isPastAbsoluteLimit(signedIn, signedIn + ABSOLUTE_TIMEOUT_SECONDS - 1)).toBe(false);
    expect(isPastAbsoluteLimit(signedIn, signedIn + ABSOLUTE_TIMEOUT_SECONDS)).toBe(true);
  });
});

describe("sign-in throttle", () => {
  it("allows nine failures and throttles at the tenth", () => {
    expect(isThrottled(9)).toBe(false);
    expect(isThrottled(10)).toBe(true);
  });
});
