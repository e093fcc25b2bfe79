import { isIPv4, isIPv6 } from "node:net";

/**
 * The client address a sign-in is counted against, from the request headers next-auth hands to
 * authorize (it passes no socket).
 *
 * `next start` writes the socket's address into X-Forwarded-For when the request has none, and keeps
 * one the client sent. So:
 * - REHABIT_TRUSTED_PROXIES=N (N reverse proxies in front, each appending the address it received
 *   from, as nginx's $proxy_add_x_forwarded_for does): the entry the outermost proxy appended, N from
 *   the end. Entries further left were written by the client and are ignored.
 * - unset or 0 (no proxy): the last entry, which is the socket address unless the client sent the
 *   header itself. A client that does can choose its own address, so without a proxy the per-address
 *   limit binds only honest clients; the per-account limit and the global ceiling do not depend on it.
 *
 * IPv6 addresses count per /64 (one subscriber's usual allocation) [design], so rotating through one
 * allocation does not buy new guesses. Anything that is not an address counts as one shared "invalid".
 */
export function clientAddressOf(headers: Record<string, unknown> | undefined, trustedProxies: number): string | null {
  const header = headers?.["x-forwarded-for"];
  const value = Array.isArray(header) ? header.join(",") : header;
  if (typeof value !== "string" || value.trim() === "") return null;
  const entries = value.split(",").map((entry) => entry.trim());
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxies))]!;
  return addressKey(entry);
}

export function trustedProxiesOf(env: Record<string, string | undefined>): number {
  const hops = Number(env.REHABIT_TRUSTED_PROXIES ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}

function addressKey(raw: string): string {
  const address = raw.replace(/^\[|\](:\d+)?$/g, "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return "invalid";
}

/** The eight hextets of an IPv6 address, "::" expanded and leading zeros dropped. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((hextet) => hextet.replace(/^0+(?=.)/, ""));
}
