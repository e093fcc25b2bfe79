import { describe, expect, it } from "vitest";
import { clientAddressOf, trustedProxiesOf } from "./client-address";

const xff = (value: string) => ({ "x-forwarded-for": value });

describe("clientAddressOf", () => {
  it("without a trusted proxy takes the address next start wrote from the socket", () => {
    expect(clientAddressOf(xff("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddressOf(xff("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("behind N trusted proxies takes the entry the outermost one appended, ignoring what the client wrote", () => {
    expect(clientAddressOf(xff("1.1.1.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddressOf(xff("1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies (a misconfiguration): the leftmost, never an index before it.
    expect(clientAddressOf(xff("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("counts IPv6 per /64, however the address is written", () => {
    expect(clientAddressOf(xff("2001:db8:0:1::5"), 0)).toBe("2001:db8:0:1::/64");
    expect(clientAddressOf(xff("2001:0db8:0000:0001:ffff:1:2:3"), 0)).toBe("2001:db8:0:1::/64");
    expect(clientAddressOf(xff("[2001:db8::1]:443"), 0)).toBe("2001:db8:0:0::/64");
    expect(clientAddressOf(xff("::1"), 0)).toBe("0:0:0:0::/64");
  });

  it("puts anything that is not an address into one shared bucket, and knows none without the header", () => {
    expect(clientAddressOf(xff("garbage"), 0)).toBe("invalid");
    expect(clientAddressOf(xff("x".repeat(5000)), 0)).toBe("invalid");
    expect(clientAddressOf({}, 0)).toBeNull();
    expect(clientAddressOf(undefined, 0)).toBeNull();
  });
});

describe("trustedProxiesOf", () => {
  it("defaults to none and refuses what is not a count", () => {
    expect(trustedProxiesOf({})).toBe(0);
    expect(trustedProxiesOf({ REHABIT_TRUSTED_PROXIES: "2" })).toBe(2);
    expect(trustedProxiesOf({ REHABIT_TRUSTED_PROXIES: "-1" })).toBe(0);
    expect(trustedProxiesOf({ REHABIT_TRUSTED_PROXIES: "yes" })).toBe(0);
  });
});
