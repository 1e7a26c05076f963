// The base-URL guard against server-side request forgery: a connection's base URL is typed by an admin,
// and without this check "https://169.254.169.254/" or "http://localhost:5432" would turn Orderdeck into
// a proxy into its own network. It runs twice: when a connection is saved (checkBaseUrl, with a readable
// message for the form) and at every connection after DNS resolution (guardedLookup), because a DNS answer
// may change after the save (DNS rebinding) and only the address actually dialled matters.
import "server-only";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { ISSUE, issue } from "../domain/issues";

/** Thrown (through undici) when a connection is refused; http.ts keeps it out of the retry loop. */
export class GuardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GuardError";
  }
}

// The IPv6 addresses routed on the internet. ipaddr.js calls whatever it has no name for "unicast", which
// includes the deprecated IPv4-compatible form ::127.0.0.1 (= ::7f00:1).
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");
const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");

/** Why a valid IP address is not a public one (ipaddr.js range name), or null when it is public unicast. */
function nonPublicRange(address: string): string | null {
  // process() turns ::ffff:127.0.0.1 into 127.0.0.1, so a mapped address is judged as the IPv4 it reaches.
  const ip = ipaddr.process(address);
  const range = ip.range();
  // Only plain unicast passes: loopback, private, linkLocal (cloud metadata), uniqueLocal, carrierGradeNat,
  // multicast, reserved, unspecified, and the IPv6 ranges that tunnel to IPv4 (6to4, teredo, NAT64) all fail.
  if (range !== "unicast") return range;
  if (ip.kind() === "ipv6" && !ip.match(GLOBAL_UNICAST_V6))
    return ip.match(IPV4_COMPATIBLE) ? "ipv4Compatible" : "notGlobal";
  return null;
}

/** Strips the brackets a URL puts around an IPv6 literal ("[::1]" → "::1"). */
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

const RANGE_NAMES: Record<string, string> = {
  linkLocal: "link-local, incl. cloud metadata",
  uniqueLocal: "unique-local",
  carrierGradeNat: "carrier-grade NAT",
  ipv4Mapped: "IPv4-mapped",
  ipv4Compatible: "IPv4-compatible",
  notGlobal: "outside the internet's IPv6 range",
  rfc6052: "NAT64",
};

function refusal(host: string, address: string, range: string): string {
  const named = RANGE_NAMES[range] ?? range;
  return host === address
    ? issue("baseUrlBlocked", { address, range: named })
    : issue("baseUrlBlockedResolved", { host, address, range: named });
}

/**
 * The connect-time check of a host that is an IP literal (net.connect skips `lookup` for those):
 * the refusal to fail the connection with, or null to go on (host names are left to guardedLookup).
 */
export function guardLiteral(hostname: string, allowPrivate: boolean): GuardError | null {
  const host = bareHost(hostname);
  if (allowPrivate || !ipaddr.isValid(host)) return null;
  const range = nonPublicRange(host);
  return range ? new GuardError(refusal(host, host, range)) : null;
}

// getaddrinfo has no timeout of its own; a save must not hang on a dead resolver.
const DNS_TIMEOUT_MS = 5_000;

async function resolveAll(host: string): Promise<dns.LookupAddress[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("DNS lookup timed out")), DNS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([dns.promises.lookup(host, { all: true, verbatim: true }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function checkBaseUrl(
  url: string,
  allowPrivate: boolean,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: ISSUE.baseUrlNotUrl };
  }
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && allowPrivate)) {
    return { ok: false, message: allowPrivate ? ISSUE.baseUrlHttpOrHttps : ISSUE.baseUrlHttps };
  }
  // Credentials in the URL would be sent to the platform outside our redaction and stored unencrypted.
  if (parsed.username || parsed.password) {
    return { ok: false, message: ISSUE.baseUrlUserInfo };
  }
  // Adapters append documented paths; a query or fragment would end up in the middle of them.
  if (parsed.search || parsed.hash) return { ok: false, message: ISSUE.baseUrlQuery };
  const host = bareHost(parsed.hostname);
  if (ipaddr.isValid(host)) {
    const range = nonPublicRange(host);
    return range && !allowPrivate ? { ok: false, message: refusal(host, host, range) } : { ok: true };
  }
  let addresses: dns.LookupAddress[];
  try {
    addresses = await resolveAll(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOTFOUND" ? "no such host" : code || (error as Error).message;
    return { ok: false, message: issue("baseUrlUnresolvable", { host, reason }) };
  }
  if (addresses.length === 0) return { ok: false, message: issue("baseUrlNoAddress", { host }) };
  if (allowPrivate) return { ok: true };
  // Every address, not just the first: a resolver may hand out the private one on the next connection.
  for (const { address } of addresses) {
    const range = nonPublicRange(address);
    if (range) return { ok: false, message: refusal(host, address, range) };
  }
  return { ok: true };
}

/**
 * A `lookup` for net/tls connect (undici's `connect.lookup`): resolves as usual and refuses the connection
 * when any resolved address is non-public, so the address checked is the address dialled.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!allowPrivate) {
        for (const { address } of addresses) {
          const range = nonPublicRange(address);
          if (range) return callback(new GuardError(refusal(hostname, address, range)), []);
        }
      }
      // Node asks for all addresses when it races IPv4/IPv6 (autoSelectFamily), else for one.
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`${hostname} resolves to no address`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
