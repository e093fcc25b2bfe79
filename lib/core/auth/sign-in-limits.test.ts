import { describe, expect, it } from "vitest";
import { MAX_FAILED_SIGN_INS } from "./session-policy";
import { DEFAULT_PASSWORD_CHECKS_PER_MINUTE, MAX_FAILED_SIGN_INS_PER_ADDRESS, signInLimits, throttleReason } from "./sign-in-limits";

const limits = signInLimits({});
const under = { accountFailures: MAX_FAILED_SIGN_INS - 1, addressFailures: MAX_FAILED_SIGN_INS_PER_ADDRESS - 1, checksLastMinute: DEFAULT_PASSWORD_CHECKS_PER_MINUTE - 1 };

describe("sign-in limits", () => {
  it("allows a check one below every limit and refuses at each limit, naming it", () => {
    expect(throttleReason(under, limits)).toBeNull();
    expect(throttleReason({ ...under, accountFailures: MAX_FAILED_SIGN_INS }, limits)).toBe("ACCOUNT");
    expect(throttleReason({ ...under, addressFailures: MAX_FAILED_SIGN_INS_PER_ADDRESS }, limits)).toBe("ADDRESS");
    expect(throttleReason({ ...under, checksLastMinute: DEFAULT_PASSWORD_CHECKS_PER_MINUTE }, limits)).toBe("GLOBAL");
  });

  it("reads the global ceiling from REHABIT_PASSWORD_CHECKS_PER_MINUTE, ignoring a value that is not a positive count", () => {
    expect(signInLimits({ REHABIT_PASSWORD_CHECKS_PER_MINUTE: "5" }).checksPerMinute).toBe(5);
    for (const bad of ["0", "-3", "1.5", "many", ""]) {
      expect(signInLimits({ REHABIT_PASSWORD_CHECKS_PER_MINUTE: bad }).checksPerMinute).toBe(DEFAULT_PASSWORD_CHECKS_PER_MINUTE);
    }
  });
});
